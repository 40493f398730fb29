-- Quartz.NET 4.7's tables for PostgreSQL, in the default tenant's database (ADR-013).
-- Our own script, run at every start-up before the scheduler starts: each statement creates only
-- what is missing and nothing is ever dropped, so it is safe to run again and on every node.
-- Statements end with a line holding only ';'. Quartz checks the result at start (Validate).

CREATE TABLE IF NOT EXISTS qrtz_job_details (
    sched_name text NOT NULL,
    job_name text NOT NULL,
    job_group text NOT NULL,
    description varchar(250) NULL,
    job_class_name varchar(250) NOT NULL,
    is_durable boolean NOT NULL,
    is_nonconcurrent boolean NOT NULL,
    is_update_data boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea NULL,
    PRIMARY KEY (sched_name, job_name, job_group)
)
;
CREATE TABLE IF NOT EXISTS qrtz_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    job_name text NOT NULL,
    job_group text NOT NULL,
    description varchar(250) NULL,
    next_fire_time bigint NULL,
    prev_fire_time bigint NULL,
    priority integer NULL,
    trigger_state varchar(16) NOT NULL,
    trigger_type varchar(16) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint NULL,
    calendar_name varchar(200) NULL,
    misfire_instr integer NULL,
    misfire_orig_fire_time bigint NULL,
    execution_group varchar(200) NULL,
    preferred_node varchar(200) NULL,
    preferred_node_auto boolean NOT NULL DEFAULT FALSE,
    retry_policy varchar(250) NULL,
    retry_attempt integer NULL,
    continues_trigger_name text NULL,
    continues_trigger_group text NULL,
    continuation_condition integer NULL,
    overlap_policy integer NULL,
    pause_reason varchar(250) NULL,
    paused_by varchar(200) NULL,
    paused_at bigint NULL,
    misfire_threshold bigint NULL,
    fixed_delay boolean NULL,
    job_data bytea NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group)
)
;
CREATE TABLE IF NOT EXISTS qrtz_simple_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
)
;
CREATE TABLE IF NOT EXISTS qrtz_cron_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    cron_expression varchar(250) NOT NULL,
    time_zone_id varchar(80) NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
)
;
CREATE TABLE IF NOT EXISTS qrtz_simprop_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    str_prop_1 varchar(512) NULL,
    str_prop_2 varchar(512) NULL,
    str_prop_3 varchar(512) NULL,
    int_prop_1 integer NULL,
    int_prop_2 integer NULL,
    long_prop_1 bigint NULL,
    long_prop_2 bigint NULL,
    dec_prop_1 numeric NULL,
    dec_prop_2 numeric NULL,
    bool_prop_1 boolean NULL,
    bool_prop_2 boolean NULL,
    time_zone_id varchar(80) NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
)
;
CREATE TABLE IF NOT EXISTS qrtz_blob_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    blob_data bytea NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
)
;
CREATE TABLE IF NOT EXISTS qrtz_calendars (
    sched_name text NOT NULL,
    calendar_name varchar(200) NOT NULL,
    calendar bytea NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
)
;
CREATE TABLE IF NOT EXISTS qrtz_paused_trigger_grps (
    sched_name text NOT NULL,
    trigger_group text NOT NULL,
    pause_reason varchar(250) NULL,
    paused_by varchar(200) NULL,
    paused_at bigint NULL,
    PRIMARY KEY (sched_name, trigger_group)
)
;
CREATE TABLE IF NOT EXISTS qrtz_paused_job_grps (
    sched_name text NOT NULL,
    job_group text NOT NULL,
    pause_reason varchar(250) NULL,
    paused_by varchar(200) NULL,
    paused_at bigint NULL,
    PRIMARY KEY (sched_name, job_group)
)
;
CREATE TABLE IF NOT EXISTS qrtz_fired_triggers (
    sched_name text NOT NULL,
    entry_id varchar(200) NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    instance_name varchar(200) NOT NULL,
    fired_time bigint NOT NULL,
    sched_time bigint NOT NULL,
    priority integer NOT NULL,
    state varchar(16) NOT NULL,
    job_name text NULL,
    job_group text NULL,
    is_nonconcurrent boolean NOT NULL,
    requests_recovery boolean NULL,
    execution_group varchar(200) NULL,
    progress integer NULL,
    progress_message varchar(250) NULL,
    interrupt_requested_time bigint NULL,
    PRIMARY KEY (sched_name, entry_id)
)
;
CREATE TABLE IF NOT EXISTS qrtz_scheduler_state (
    sched_name text NOT NULL,
    instance_name varchar(200) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    quartz_version varchar(20) NULL,
    PRIMARY KEY (sched_name, instance_name)
)
;
CREATE TABLE IF NOT EXISTS qrtz_locks (
    sched_name text NOT NULL,
    lock_name varchar(200) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_j_g_n ON qrtz_job_details (sched_name, job_group, job_name)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_t_j ON qrtz_triggers (sched_name, job_name, job_group)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_t_g_n ON qrtz_triggers (sched_name, trigger_group, trigger_name)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_t_c ON qrtz_triggers (sched_name, calendar_name)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_t_nft_st ON qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_ft_inst_job_req_rcvry ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_ft_j_g ON qrtz_fired_triggers (sched_name, job_name, job_group)
;
CREATE INDEX IF NOT EXISTS idx_qrtz_ft_t_g ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group)
;
