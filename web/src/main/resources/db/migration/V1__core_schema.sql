-- Core schema of OpenWFM. Written in the SQL subset that MySQL 8, MariaDB 10.11 and H2 2.x (MODE=MySQL) share.
-- Every table that people edit carries a version column for optimistic locking.

CREATE TABLE app_setting (
  name        VARCHAR(100)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE site (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(40)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  time_zone    VARCHAR(60)  NOT NULL,
  office_seats INT          NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_site_code UNIQUE (code)
);

CREATE TABLE team (
  id      BIGINT AUTO_INCREMENT PRIMARY KEY,
  code    VARCHAR(40)  NOT NULL,
  name    VARCHAR(200) NOT NULL,
  site_id BIGINT       NOT NULL,
  version BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_team_code UNIQUE (code),
  CONSTRAINT fk_team_site FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE contract (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                 VARCHAR(40)  NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  min_hours_per_week   INT          NOT NULL,
  max_hours_per_week   INT          NOT NULL,
  max_consecutive_days INT          NOT NULL,
  min_rest_hours       INT          NOT NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_contract_code UNIQUE (code)
);

CREATE TABLE queue (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                 VARCHAR(40)  NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  channel              VARCHAR(20)  NOT NULL,
  language             VARCHAR(10)  NOT NULL,
  time_zone            VARCHAR(60)  NOT NULL,
  sl_target            DOUBLE       NOT NULL,
  sl_threshold_seconds INT          NOT NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_queue_code UNIQUE (code)
);

CREATE TABLE agent (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(40)  NOT NULL,
  first_name     VARCHAR(100) NOT NULL,
  last_name      VARCHAR(100) NOT NULL,
  work_mode      VARCHAR(20)  NOT NULL,
  home_time_zone VARCHAR(60)  NOT NULL,
  site_id        BIGINT       NOT NULL,
  team_id        BIGINT       NOT NULL,
  contract_id    BIGINT       NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_agent_code UNIQUE (code),
  CONSTRAINT fk_agent_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_agent_team FOREIGN KEY (team_id) REFERENCES team (id),
  CONSTRAINT fk_agent_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
);

CREATE TABLE agent_skill (
  agent_id    BIGINT NOT NULL,
  queue_id    BIGINT NOT NULL,
  skill_level INT    NOT NULL,
  PRIMARY KEY (agent_id, queue_id),
  CONSTRAINT fk_agent_skill_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
  CONSTRAINT fk_agent_skill_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- One row per queue and interval; interval_start is local time in the queue's time zone.
CREATE TABLE history_interval (
  queue_id         BIGINT    NOT NULL,
  interval_start   DATETIME  NOT NULL,
  interval_minutes INT       NOT NULL,
  offered          DOUBLE    NOT NULL,
  handled          DOUBLE,
  abandoned        DOUBLE,
  aht_seconds      DOUBLE,
  PRIMARY KEY (queue_id, interval_start),
  CONSTRAINT fk_history_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

CREATE TABLE calendar_event (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  date_from DATE         NOT NULL,
  date_to   DATE         NOT NULL,
  kind      VARCHAR(40)  NOT NULL,
  name      VARCHAR(200) NOT NULL,
  queue_id  BIGINT,
  site_id   BIGINT,
  factor    DOUBLE,
  version   BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_event_queue FOREIGN KEY (queue_id) REFERENCES queue (id),
  CONSTRAINT fk_event_site FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE absence (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  agent_id  BIGINT      NOT NULL,
  code      VARCHAR(20) NOT NULL,
  date_from DATE        NOT NULL,
  date_to   DATE        NOT NULL,
  version   BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_absence_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);

CREATE TABLE app_user (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(60)  NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  locale        VARCHAR(10)  NOT NULL,
  enabled       BOOLEAN      NOT NULL,
  agent_id      BIGINT,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);

CREATE TABLE app_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE INDEX ix_agent_site ON agent (site_id);
CREATE INDEX ix_agent_team ON agent (team_id);
CREATE INDEX ix_absence_agent ON absence (agent_id, date_from);
CREATE INDEX ix_event_dates ON calendar_event (date_from, date_to);
