-- rapport database at schema version 2, written by scripts/schema-fixtures.sh; do not edit
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
, plan TEXT NOT NULL DEFAULT '', next_due TEXT);
CREATE TABLE interaction (
    id           INTEGER PRIMARY KEY,
    customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
    at           TEXT NOT NULL,
    channel      TEXT NOT NULL,
    direction    TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER,
    logged_by    TEXT NOT NULL DEFAULT '',
    answers      INTEGER
);
CREATE TABLE obligation (
    id           INTEGER PRIMARY KEY,
    customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
    type         TEXT NOT NULL,
    channel      TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    due          TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    source       INTEGER REFERENCES interaction (id),
    escalate_on  TEXT,
    escalate_to  TEXT,
    closed       TEXT,
    closed_note  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE snooze (
    customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
    channel      TEXT NOT NULL,
    until        TEXT NOT NULL,
    PRIMARY KEY (customer_no, channel)
) WITHOUT ROWID;
CREATE TABLE meta (
    key          TEXT PRIMARY KEY,
    value        TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO customer VALUES(1,'C0001','Jürgen Müller','Müller GmbH','juergen@mueller.example','+49 30 1234567','','Berlin','','','DE','','','key','anna','','','Tue,Thu','09:00-12:00','','vip;berlin','fast delivery','likes "short" calls, it''s fine','active','2025-02-01','call=2 weeks','call=2026-10-01',0,'',NULL);
INSERT INTO customer VALUES(2,'C0002','王小明','北京贸易','wang@example.cn','','','','','','','','','major','bernd','','','','','','','','','active','2025-06-15','','',0,'',NULL);
INSERT INTO customer VALUES(3,'C0003','Maria Santos','','maria@example.ph','','','','','','','','','small','','','','','','','','','line one
line two','paused','2024-11-30','','',0,'',NULL);
INSERT INTO customer VALUES(4,'C0004','Ada Lovelace','','ada@example.org','','','','','','','','','ordinary','anna','','','','','','','','','active','2026-01-05','','',0,'',NULL);
INSERT INTO interaction VALUES(1,1,'2026-11-02T10:15','call','out','reached','routine','quarterly check-in',4,'anna',NULL);
INSERT INTO interaction VALUES(2,2,'2026-11-10T09:00','email','in','received','complaint','late delivery',NULL,'bernd',NULL);
INSERT INTO obligation VALUES(1,2,'acknowledge','email','2026-11-10','2026-11-10','',2,NULL,NULL,'2026-11-10','sent');
INSERT INTO obligation VALUES(2,2,'resolve','email','2026-11-10','2026-11-17','late delivery',2,'2026-11-13','manager',NULL,'');
INSERT INTO snooze VALUES(4,'*','2026-12-01');
CREATE INDEX customer_name ON customer (name);
CREATE INDEX customer_email ON customer (email);
CREATE INDEX customer_next_due ON customer (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX interaction_customer ON interaction (customer_no, channel, outcome, at);
CREATE INDEX obligation_open_due ON obligation (due) WHERE closed IS NULL;
CREATE INDEX obligation_open_escalation ON obligation (escalate_on) WHERE closed IS NULL AND escalate_on IS NOT NULL;
CREATE INDEX obligation_customer ON obligation (customer_no);
PRAGMA user_version = 2;
