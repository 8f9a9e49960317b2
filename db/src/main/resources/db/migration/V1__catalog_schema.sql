-- The catalogue: municipalities, learning centres and rooms, providers, courses and offerings.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share. Sequences step by 50 to match JPA's
-- allocation size; they start at 50 because EclipseLink takes nextval - 49 as a block's first id.

CREATE TABLE municipality (
    code           VARCHAR(4)   PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    county         VARCHAR(100) NOT NULL,
    region_group   VARCHAR(100),
    main_town      VARCHAR(100) NOT NULL,
    latitude       DOUBLE PRECISION NOT NULL,
    longitude      DOUBLE PRECISION NOT NULL
);

CREATE SEQUENCE centre_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE room_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE provider_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE offering_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE learning_centre (
    id                BIGINT PRIMARY KEY,
    municipality_code VARCHAR(4) NOT NULL REFERENCES municipality (code),
    street            VARCHAR(200) NOT NULL,
    postal_code       VARCHAR(6) NOT NULL,
    town              VARCHAR(100) NOT NULL,
    latitude          DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude         DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    email             VARCHAR(200),
    phone             VARCHAR(40),
    active            BOOLEAN NOT NULL DEFAULT TRUE,
    source            VARCHAR(40),
    external_id       VARCHAR(200),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_learning_centre_external UNIQUE (source, external_id)
);
CREATE INDEX ix_learning_centre_municipality ON learning_centre (municipality_code);

CREATE TABLE centre_name (
    centre_id BIGINT NOT NULL REFERENCES learning_centre (id) ON DELETE CASCADE,
    lang      VARCHAR(2) NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (centre_id, lang)
);

CREATE TABLE centre_opening_hours (
    centre_id   BIGINT NOT NULL REFERENCES learning_centre (id) ON DELETE CASCADE,
    day_of_week VARCHAR(9) NOT NULL,
    opens       TIME NOT NULL,
    closes      TIME NOT NULL,
    CHECK (opens < closes),
    PRIMARY KEY (centre_id, day_of_week, opens)
);

CREATE TABLE room (
    id          BIGINT PRIMARY KEY,
    centre_id   BIGINT NOT NULL REFERENCES learning_centre (id),
    room_type   VARCHAR(30) NOT NULL,
    capacity    INTEGER NOT NULL CHECK (capacity >= 1),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_room_centre ON room (centre_id);

CREATE TABLE room_name (
    room_id BIGINT NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    lang    VARCHAR(2) NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (room_id, lang)
);

CREATE TABLE room_equipment (
    room_id   BIGINT NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    equipment VARCHAR(30) NOT NULL,
    PRIMARY KEY (room_id, equipment)
);

CREATE TABLE provider (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    provider_type VARCHAR(20) NOT NULL,
    website       VARCHAR(500),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    source        VARCHAR(40),
    external_id   VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_provider_external UNIQUE (source, external_id)
);

CREATE TABLE course (
    id            BIGINT PRIMARY KEY,
    provider_id   BIGINT NOT NULL REFERENCES provider (id),
    code          VARCHAR(40) NOT NULL,
    subject       VARCHAR(60) NOT NULL,
    study_level   VARCHAR(30) NOT NULL,
    credits       NUMERIC(6, 1),
    credit_system VARCHAR(10) NOT NULL,
    source        VARCHAR(40),
    external_id   VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_external UNIQUE (source, external_id)
);
CREATE INDEX ix_course_provider ON course (provider_id);

CREATE TABLE course_text (
    course_id   BIGINT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    lang        VARCHAR(2) NOT NULL,
    title       VARCHAR(300) NOT NULL,
    description VARCHAR(20000),
    PRIMARY KEY (course_id, lang)
);

CREATE TABLE offering (
    id                         BIGINT PRIMARY KEY,
    course_id                  BIGINT NOT NULL REFERENCES course (id),
    start_date                 DATE NOT NULL,
    end_date                   DATE NOT NULL,
    pace_percent               INTEGER CHECK (pace_percent BETWEEN 1 AND 100),
    pace_individual            BOOLEAN NOT NULL DEFAULT FALSE,
    study_mode                 VARCHAR(10) NOT NULL,
    mandatory_onsite_sessions  INTEGER NOT NULL DEFAULT 0 CHECK (mandatory_onsite_sessions >= 0),
    mandatory_remote_sessions  INTEGER NOT NULL DEFAULT 0 CHECK (mandatory_remote_sessions >= 0),
    places                     INTEGER CHECK (places >= 0),
    application_opens          DATE,
    application_closes         DATE,
    application_continuous     BOOLEAN NOT NULL DEFAULT FALSE,
    fee_amount                 NUMERIC(10, 2),
    fee_currency               VARCHAR(3),
    instruction_language       VARCHAR(2) NOT NULL,
    cancelled                  BOOLEAN NOT NULL DEFAULT FALSE,
    source                     VARCHAR(40),
    external_id                VARCHAR(200),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_offering_external UNIQUE (source, external_id),
    CONSTRAINT ck_offering_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_offering_pace CHECK ((pace_individual AND pace_percent IS NULL)
                                       OR (NOT pace_individual AND pace_percent IS NOT NULL)),
    CONSTRAINT ck_offering_window CHECK (application_continuous
                                         OR (application_opens IS NOT NULL AND application_closes IS NOT NULL
                                             AND application_closes >= application_opens))
);
CREATE INDEX ix_offering_course ON offering (course_id);
CREATE INDEX ix_offering_start ON offering (start_date, id);

CREATE TABLE offering_centre (
    offering_id BIGINT NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    centre_id   BIGINT NOT NULL REFERENCES learning_centre (id),
    PRIMARY KEY (offering_id, centre_id)
);
CREATE INDEX ix_offering_centre_centre ON offering_centre (centre_id);

-- Which optional data sets have been loaded (the demo data), so a restart never loads one twice.
CREATE TABLE data_set (
    name      VARCHAR(40) PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    anchor    DATE NOT NULL
);
