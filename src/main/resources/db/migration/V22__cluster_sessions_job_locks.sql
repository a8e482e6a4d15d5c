-- Several application nodes share this database (sticky sessions behind a load balancer).
-- Each node lists its logged-in sessions here so that the administrator sees and ends the
-- sessions of every node, and an account change ends them everywhere. A session is named by a
-- digest of its id (SessionService.key), never by the id itself. Times are UTC.
CREATE TABLE app_session (
    session_key      VARCHAR(64)  NOT NULL PRIMARY KEY,
    node_id          VARCHAR(100) NOT NULL,
    user_id          BIGINT,
    username         VARCHAR(100) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    since            DATETIME(6)  NOT NULL,
    source_address   VARCHAR(64),
    last_request     DATETIME(6),
    -- Asked by the administrator or an account change; the node holding the session ends it at
    -- its next poll and removes the row when the session is gone.
    end_requested_at DATETIME(6),
    end_requested_by VARCHAR(100)
);
CREATE INDEX ix_app_session_node ON app_session (node_id);
CREATE INDEX ix_app_session_username ON app_session (username);

-- Every node writes its heartbeat at each poll; the sessions of a node whose heartbeat stopped
-- (crashed, killed) are removed by the others.
CREATE TABLE app_node (
    node_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at   DATETIME(6)  NOT NULL,
    heartbeat_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_app_node_heartbeat ON app_node (heartbeat_at);

-- Scheduled work that must run on one node only per schedule (base.service.JobLock): the node
-- whose UPDATE ... WHERE locked_until <= now changes the row runs the job.
CREATE TABLE job_lock (
    job          VARCHAR(100) NOT NULL PRIMARY KEY,
    locked_until DATETIME(6)  NOT NULL,
    locked_by    VARCHAR(100)
);
