-- rapport database at schema version 6, written by scripts/schema-fixtures.sh; do not edit
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
, plan TEXT NOT NULL DEFAULT '', next_due TEXT, contacted INTEGER NOT NULL DEFAULT 0);
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
, deleted INTEGER NOT NULL DEFAULT 0);
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
, complaint INTEGER REFERENCES obligation (id), closed_by INTEGER REFERENCES interaction (id), ref TEXT);
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
CREATE TABLE complaint_event (
    id           INTEGER PRIMARY KEY,
    complaint    INTEGER NOT NULL REFERENCES obligation (id),
    at           TEXT NOT NULL,
    event        TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
, user TEXT NOT NULL DEFAULT '');
CREATE TABLE contact_plan (
    customer_no  INTEGER NOT NULL REFERENCES customer (customer_no),
    channel      TEXT NOT NULL DEFAULT '',
    goal         TEXT NOT NULL,
    materials    TEXT NOT NULL DEFAULT '',
    planned_on   TEXT,
    set_at       TEXT NOT NULL, fulfilled_by INTEGER REFERENCES interaction (id),
    PRIMARY KEY (customer_no, channel)
) WITHOUT ROWID;
CREATE TABLE coverage_tally (
    tier         TEXT NOT NULL,
    owner        TEXT NOT NULL,
    next_due     TEXT NOT NULL,
    contacted    INTEGER NOT NULL,
    customers    INTEGER NOT NULL,
    PRIMARY KEY (tier, owner, next_due, contacted)
) WITHOUT ROWID;
CREATE TABLE activity_tally (
    day          TEXT NOT NULL,
    channel      TEXT NOT NULL,
    direction    TEXT NOT NULL,
    contacts     INTEGER NOT NULL,
    PRIMARY KEY (day, channel, direction)
) WITHOUT ROWID;
CREATE TABLE satisfaction_tally (
    month        TEXT NOT NULL,
    tier         TEXT NOT NULL,
    owner        TEXT NOT NULL,
    responses    INTEGER NOT NULL,
    total        INTEGER NOT NULL,
    PRIMARY KEY (month, tier, owner)
) WITHOUT ROWID;
CREATE TABLE journal (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    user           TEXT NOT NULL DEFAULT '',
    command        TEXT NOT NULL,
    summary        TEXT,
    schema_version INTEGER NOT NULL,
    undone_at      TEXT,
    undone_by      TEXT
);
CREATE TABLE journal_change (
    id              INTEGER PRIMARY KEY,
    entry           INTEGER NOT NULL REFERENCES journal (id),
    table_name      TEXT NOT NULL,
    customer_no     INTEGER,
    old_customer_no INTEGER,
    undo            TEXT NOT NULL
);
CREATE TABLE journal_bulk (
    id             INTEGER PRIMARY KEY,
    entry          INTEGER NOT NULL REFERENCES journal (id),
    table_name     TEXT NOT NULL,
    above          INTEGER NOT NULL
);
CREATE TABLE feed_event (
    feed         TEXT NOT NULL,
    uid          TEXT NOT NULL,
    customer     TEXT NOT NULL,
    sequence     INTEGER NOT NULL,
    modified     TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    day          TEXT NOT NULL,
    summary      TEXT NOT NULL,
    cancelled    TEXT,
    PRIMARY KEY (feed, uid)
) WITHOUT ROWID;
INSERT INTO customer VALUES(1,'C0001','Jürgen Müller','Müller GmbH','juergen@mueller.example','+49 30 1234567','','Berlin','','','DE','','','key','anna','','','Tue,Thu','09:00-12:00','','vip;berlin','fast delivery','likes "short" calls, it''s fine','active','2025-02-01','call=2 weeks','call=2026-10-01',0,'',NULL,1);
INSERT INTO customer VALUES(2,'C0002','王小明','北京贸易','wang@example.cn','','','','','','','','','major','bernd','','','','','','','','','active','2025-06-15','','',0,'',NULL,1);
INSERT INTO customer VALUES(3,'C0003','Maria Santos','','maria@example.ph','','','','','','','','','small','','','','','','','','','line one
line two','paused','2024-11-30','','',0,'',NULL,0);
INSERT INTO customer VALUES(4,'C0004','Ada Lovelace','','ada@example.org','','','','','','','','','ordinary','anna','','','','','','','','','active','2026-01-05','','',0,'',NULL,0);
INSERT INTO interaction VALUES(1,1,'2026-11-02T10:15','call','out','reached','routine','quarterly check-in',4,'anna',NULL,0);
INSERT INTO interaction VALUES(2,2,'2026-11-10T09:00','email','in','received','complaint','late delivery',NULL,'bernd',NULL,0);
INSERT INTO interaction VALUES(3,2,'2026-11-20T11:00','call','out','reached','follow-up','all fine now',5,'bernd',NULL,0);
INSERT INTO interaction VALUES(4,4,'2026-11-21T14:00','call','out','reached','routine','logged for the wrong customer',NULL,'anna',NULL,1);
INSERT INTO interaction VALUES(5,1,'2026-11-22T10:00','visit','out','reached','sale','frame contract signed',NULL,'anna',NULL,0);
INSERT INTO obligation VALUES(1,2,'acknowledge','email','2026-11-10','2026-11-10','',2,NULL,NULL,'2026-11-10','sent',NULL,NULL,NULL);
INSERT INTO obligation VALUES(2,2,'resolve','email','2026-11-10','2026-11-17','late delivery',2,'2026-11-13','manager','2026-11-12','replacement sent',NULL,NULL,'ticket:4711');
INSERT INTO obligation VALUES(3,2,'follow-up','call','2026-11-12T15:00','2026-11-19','confirm the customer is satisfied',2,NULL,NULL,'2026-11-20','followed up by call, satisfaction 5',2,3,NULL);
INSERT INTO snooze VALUES(3,'*','2026-12-15');
INSERT INTO snooze VALUES(4,'*','2026-12-01');
INSERT INTO complaint_event VALUES(1,2,'2026-11-10T09:00','opened','in email: late delivery','bernd');
INSERT INTO complaint_event VALUES(2,2,'2026-11-12T15:00','resolved','replacement sent','bernd');
INSERT INTO contact_plan VALUES(1,'visit','Win the 2027 frame contract','price list','2026-12-03','2026-11-21T08:30',5);
INSERT INTO coverage_tally VALUES('key','anna','',1,1);
INSERT INTO coverage_tally VALUES('major','bernd','',1,1);
INSERT INTO coverage_tally VALUES('ordinary','anna','',0,1);
INSERT INTO coverage_tally VALUES('ordinary','anna','',1,0);
INSERT INTO activity_tally VALUES('2026-11-02','call','out',1);
INSERT INTO activity_tally VALUES('2026-11-10','email','in',1);
INSERT INTO activity_tally VALUES('2026-11-20','call','out',1);
INSERT INTO activity_tally VALUES('2026-11-21','call','out',0);
INSERT INTO activity_tally VALUES('2026-11-22','visit','out',1);
INSERT INTO satisfaction_tally VALUES('2026-11','key','anna',1,4);
INSERT INTO satisfaction_tally VALUES('2026-11','major','bernd',1,5);
INSERT INTO journal VALUES(1,'2026-11-22T16:05','anna','rapport snooze C0003 --until 2026-12-15','snooze=1',4,NULL,NULL);
INSERT INTO journal_change VALUES(1,1,'snooze',3,NULL,'DELETE FROM "snooze" WHERE "customer_no" = 3 AND "channel" = ''*''');
INSERT INTO feed_event VALUES('agenda --days 30','C0001-cadence-call@rapport','C0001',0,'20261122T100000Z','f1','2026-11-25','call Jürgen Müller (Müller GmbH) [rapport]',NULL);
CREATE INDEX customer_name ON customer (name);
CREATE INDEX customer_email ON customer (email);
CREATE INDEX customer_next_due ON customer (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX obligation_open_due ON obligation (due) WHERE closed IS NULL;
CREATE INDEX obligation_open_escalation ON obligation (escalate_on) WHERE closed IS NULL AND escalate_on IS NOT NULL;
CREATE INDEX obligation_customer ON obligation (customer_no);
CREATE UNIQUE INDEX obligation_ref ON obligation (ref) WHERE ref IS NOT NULL;
CREATE INDEX obligation_type ON obligation (type, opened_at);
CREATE INDEX obligation_complaint ON obligation (complaint) WHERE complaint IS NOT NULL;
CREATE INDEX complaint_event_complaint ON complaint_event (complaint, at);
CREATE INDEX contact_plan_on ON contact_plan (planned_on) WHERE planned_on IS NOT NULL;
CREATE TRIGGER coverage_on_insert AFTER INSERT ON customer WHEN new.status = 'active'
BEGIN
    INSERT INTO coverage_tally VALUES (new.tier, new.owner, coalesce(new.next_due, ''),
        new.contacted OR new.last_contacted != '', 1)
        ON CONFLICT DO UPDATE SET customers = customers + 1;
END;
CREATE TRIGGER coverage_on_update AFTER UPDATE OF tier, owner, next_due, status, contacted, last_contacted ON customer
BEGIN
    UPDATE coverage_tally SET customers = customers - 1 WHERE old.status = 'active' AND tier = old.tier
        AND owner = old.owner AND next_due = coalesce(old.next_due, '')
        AND contacted = (old.contacted OR old.last_contacted != '');
    INSERT INTO coverage_tally SELECT new.tier, new.owner, coalesce(new.next_due, ''),
        new.contacted OR new.last_contacted != '', 1 WHERE new.status = 'active'
        ON CONFLICT DO UPDATE SET customers = customers + 1;
END;
CREATE TRIGGER coverage_on_delete AFTER DELETE ON customer WHEN old.status = 'active'
BEGIN
    UPDATE coverage_tally SET customers = customers - 1 WHERE tier = old.tier AND owner = old.owner
        AND next_due = coalesce(old.next_due, '') AND contacted = (old.contacted OR old.last_contacted != '');
END;
CREATE INDEX journal_to_undo ON journal (id) WHERE undone_at IS NULL;
CREATE INDEX journal_open ON journal (id) WHERE summary IS NULL;
CREATE INDEX journal_change_entry ON journal_change (entry);
CREATE INDEX journal_bulk_entry ON journal_bulk (entry);
CREATE INDEX obligation_source ON obligation (source) WHERE source IS NOT NULL;
CREATE INDEX obligation_closed_by ON obligation (closed_by) WHERE closed_by IS NOT NULL;
CREATE INDEX interaction_customer ON interaction (customer_no, channel, outcome, at) WHERE deleted = 0;
CREATE INDEX contact_plan_fulfilled_by ON contact_plan (fulfilled_by) WHERE fulfilled_by IS NOT NULL;
CREATE INDEX interaction_deleted ON interaction (id) WHERE deleted != 0;
CREATE TRIGGER tally_on_contact AFTER INSERT ON interaction WHEN new.deleted = 0
BEGIN
    INSERT INTO activity_tally VALUES (substr(new.at, 1, 10), new.channel, new.direction, 1)
        ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    INSERT INTO satisfaction_tally SELECT substr(new.at, 1, 7), tier, owner, 1, new.satisfaction
        FROM customer WHERE customer_no = new.customer_no AND new.satisfaction IS NOT NULL
        ON CONFLICT DO UPDATE SET responses = responses + 1, total = total + excluded.total;
    UPDATE customer SET contacted = 1 WHERE customer_no = new.customer_no AND contacted = 0
        AND new.outcome IN ('reached', 'sent', 'received');
END;
CREATE TRIGGER tally_on_contact_delete AFTER DELETE ON interaction WHEN old.deleted = 0
BEGIN
    INSERT INTO activity_tally VALUES (substr(old.at, 1, 10), old.channel, old.direction, -1)
        ON CONFLICT DO UPDATE SET contacts = contacts - 1;
    INSERT INTO satisfaction_tally SELECT substr(old.at, 1, 7), tier, owner, -1, -old.satisfaction
        FROM customer WHERE customer_no = old.customer_no AND old.satisfaction IS NOT NULL
        ON CONFLICT DO UPDATE SET responses = responses - 1, total = total + excluded.total;
    UPDATE customer SET contacted = 0 WHERE customer_no = old.customer_no AND contacted = 1
        AND NOT EXISTS (SELECT 1 FROM interaction WHERE customer_no = old.customer_no
            AND outcome IN ('reached', 'sent', 'received') AND deleted = 0);
END;
CREATE TRIGGER tally_on_contact_update AFTER UPDATE OF customer_no, at, channel, direction, outcome, satisfaction, deleted
    ON interaction
BEGIN
    INSERT INTO activity_tally SELECT substr(old.at, 1, 10), old.channel, old.direction, -1 WHERE old.deleted = 0
        ON CONFLICT DO UPDATE SET contacts = contacts - 1;
    INSERT INTO activity_tally SELECT substr(new.at, 1, 10), new.channel, new.direction, 1 WHERE new.deleted = 0
        ON CONFLICT DO UPDATE SET contacts = contacts + 1;
    INSERT INTO satisfaction_tally SELECT substr(old.at, 1, 7), tier, owner, -1, -old.satisfaction
        FROM customer WHERE customer_no = old.customer_no AND old.satisfaction IS NOT NULL AND old.deleted = 0
        ON CONFLICT DO UPDATE SET responses = responses - 1, total = total + excluded.total;
    INSERT INTO satisfaction_tally SELECT substr(new.at, 1, 7), tier, owner, 1, new.satisfaction
        FROM customer WHERE customer_no = new.customer_no AND new.satisfaction IS NOT NULL AND new.deleted = 0
        ON CONFLICT DO UPDATE SET responses = responses + 1, total = total + excluded.total;
    UPDATE customer SET contacted = 0 WHERE customer_no = old.customer_no AND contacted = 1
        AND NOT EXISTS (SELECT 1 FROM interaction WHERE customer_no = old.customer_no
            AND outcome IN ('reached', 'sent', 'received') AND deleted = 0);
    UPDATE customer SET contacted = 1 WHERE customer_no = new.customer_no AND contacted = 0
        AND new.outcome IN ('reached', 'sent', 'received') AND new.deleted = 0;
END;
PRAGMA user_version = 6;
