-- The warning texts Group Policy had the User shown, for the User's agent to show with its questions.
alter table session_status add column warning_connect varchar(4096);
alter table session_status add column warning_control varchar(4096);

-- Connection-lost grace deadlines of running sessions, one row per party whose connection is lost. A row goes
-- when the connection is back or the session is over; the due ones end their session. Survives restarts.
create table session_grace_deadline (
    session_id    varchar(64)  not null,
    party         varchar(255) not null,
    grace_ends_at timestamptz  not null,
    primary key (session_id, party)
);
create index session_grace_deadline_due on session_grace_deadline (grace_ends_at);
