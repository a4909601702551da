-- Jobs with progress, in the shape of oVirt's jobs and steps (e.g. a bulk import of provider networks: one job, one
-- step per network). Kept in the database so an admin still sees them after a restart.
-- node_id and boot_id say which engine node, in which run of its JVM, executes the job: at start a node marks its own
-- jobs of an earlier run that are still 'started' as 'aborted' (their thread died with that run), and leaves the jobs
-- of other nodes alone, which may be running right now.
CREATE TABLE osn_job (
    id            UUID          NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    owner_name    VARCHAR(255)  NOT NULL,
    node_id       VARCHAR(200)  NOT NULL,
    boot_id       VARCHAR(64)   NOT NULL,
    start_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    end_time      TIMESTAMP WITH TIME ZONE,
    last_updated  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_osn_job PRIMARY KEY (id)
);

CREATE INDEX ix_osn_job_start_time ON osn_job (start_time);
CREATE INDEX ix_osn_job_node_status ON osn_job (node_id, status);

-- One step of a job; for a bulk import one per provider network: subject = the provider's network id, result_id =
-- the engine network it became, message = why it failed (an admin-readable message, never a secret).
CREATE TABLE osn_job_step (
    id            UUID          NOT NULL,
    job_id        UUID          NOT NULL,
    step_number   INTEGER       NOT NULL,
    step_type     VARCHAR(16)   NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    subject       VARCHAR(255),
    result_id     UUID,
    message       VARCHAR(4000),
    start_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    end_time      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_osn_job_step PRIMARY KEY (id),
    CONSTRAINT fk_osn_job_step_job FOREIGN KEY (job_id) REFERENCES osn_job (id) ON DELETE CASCADE,
    CONSTRAINT uq_osn_job_step_number UNIQUE (job_id, step_number)
);
