-- When sync last found the provider network of a link gone while vNICs still used the engine network (so the network
-- was kept): the admin is warned once, when it is first found gone, not on every periodic pass. Null while the
-- provider has the network; cleared when it is back.
ALTER TABLE osn_provided_network ADD COLUMN vanished_at TIMESTAMP WITH TIME ZONE;
