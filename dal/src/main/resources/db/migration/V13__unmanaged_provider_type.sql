-- The unmanaged provider becomes a provider type of its own (UNMANAGED) instead of a flag on an EXTERNAL one: what a
-- provider does is chosen by its type alone, so the flag and the type can no longer disagree. Existing unmanaged
-- providers keep being unmanaged.
ALTER TABLE osn_network_provider DROP CONSTRAINT ck_osn_network_provider_type;
UPDATE osn_network_provider SET provider_type = 'UNMANAGED' WHERE unmanaged = TRUE;
ALTER TABLE osn_network_provider ADD CONSTRAINT ck_osn_network_provider_type
    CHECK (provider_type IN ('NEUTRON', 'EXTERNAL', 'UNMANAGED'));
ALTER TABLE osn_network_provider DROP COLUMN unmanaged;
