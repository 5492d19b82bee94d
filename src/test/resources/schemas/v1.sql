-- rapport database at schema version 1, written by scripts/schema-fixtures.sh; do not edit
CREATE TABLE customer (
    customer_no       INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL COLLATE NOCASE,
    company           TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    phone             TEXT NOT NULL DEFAULT '',
    street            TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    region            TEXT NOT NULL DEFAULT '',
    postal_code       TEXT NOT NULL DEFAULT '',
    country           TEXT NOT NULL DEFAULT '',
    industry          TEXT NOT NULL DEFAULT '',
    size              TEXT NOT NULL DEFAULT '',
    tier              TEXT NOT NULL,
    owner             TEXT NOT NULL DEFAULT '',
    timezone          TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT NOT NULL DEFAULT '',
    preferred_days    TEXT NOT NULL DEFAULT '',
    preferred_hours   TEXT NOT NULL DEFAULT '',
    listening_style   TEXT NOT NULL DEFAULT '',
    tags              TEXT NOT NULL DEFAULT '',
    needs             TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'active',
    since             TEXT NOT NULL,
    cadence           TEXT NOT NULL DEFAULT '',
    last_contacted    TEXT NOT NULL DEFAULT '',
    spread            INTEGER NOT NULL DEFAULT 0
);
INSERT INTO customer VALUES(1,'C0001','Jürgen Müller','Müller GmbH','juergen@mueller.example','+49 30 1234567','','Berlin','','','DE','','','key','anna','','','Tue,Thu','09:00-12:00','','vip;berlin','fast delivery','likes "short" calls, it''s fine','active','2025-02-01','call=2 weeks','call=2026-10-01',0);
INSERT INTO customer VALUES(2,'C0002','王小明','北京贸易','wang@example.cn','','','','','','','','','major','bernd','','','','','','','','','active','2025-06-15','','',0);
INSERT INTO customer VALUES(3,'C0003','Maria Santos','','maria@example.ph','','','','','','','','','small','','','','','','','','','line one
line two','paused','2024-11-30','','',0);
CREATE INDEX customer_name ON customer (name);
CREATE INDEX customer_email ON customer (email);
PRAGMA user_version = 1;
