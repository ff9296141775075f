-- Platform accounts. Written for H2 2.x and PostgreSQL alike.
CREATE SEQUENCE users_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE users (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(400) NOT NULL,
    platform_role VARCHAR(32)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT users_username_uk UNIQUE (username)
);
