-- Lead status history, AI call log, feature flags and the notification log.

create table public.lead_status_history (
  id bigint generated always as identity primary key,
  consultant_id uuid not null references public.profiles (id) on delete cascade,
  lead_id uuid not null,
  from_status text,
  to_status text not null,
  changed_by uuid,
  changed_at timestamptz not null default now(),
  constraint lead_status_history_lead_fkey foreign key (lead_id, consultant_id)
    references public.leads (id, consultant_id) on delete cascade
);

comment on table public.lead_status_history is
  'Every status a lead went through (written by a trigger on leads).';
comment on column public.lead_status_history.changed_by is
  'auth.uid() of the consultant who changed it; null when the service/bot did.';

create index lead_status_history_lead_idx on public.lead_status_history (lead_id, changed_at);
create index lead_status_history_consultant_idx
  on public.lead_status_history (consultant_id, changed_at);

-- Definer: consultants cannot write history rows themselves, only through status changes.
create or replace function public.record_lead_status()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return null;
  end if;
  insert into public.lead_status_history (consultant_id, lead_id, from_status, to_status, changed_by)
  values (new.consultant_id, new.id, case when tg_op = 'UPDATE' then old.status end, new.status,
          auth.uid());
  return null;
end
$$;

comment on function public.record_lead_status() is 'Trigger: appends lead status changes to history.';

create or replace function public.stamp_lead_status_change()
returns trigger
language plpgsql
as $$
begin
  if new.status is distinct from old.status then
    new.status_changed_at := now();
  end if;
  return new;
end
$$;

comment on function public.stamp_lead_status_change() is 'Trigger: sets status_changed_at.';

create trigger leads_stamp_status_change
  before update of status on public.leads
  for each row execute function public.stamp_lead_status_change();
create trigger leads_record_status
  after insert or update of status on public.leads
  for each row execute function public.record_lead_status();

revoke execute on function public.record_lead_status() from public, anon, authenticated;
revoke execute on function public.stamp_lead_status_change() from public, anon, authenticated;

create table public.ai_calls (
  id bigint generated always as identity primary key,
  consultant_id uuid not null references public.profiles (id) on delete cascade,
  conversation_id uuid,
  message_id uuid references public.messages (id) on delete set null,
  purpose text,
  model text not null,
  latency_ms integer,
  prompt_tokens integer,
  completion_tokens integer,
  cache_hit boolean not null default false,
  fallback_used boolean not null default false,
  compliance jsonb,
  error jsonb,
  created_at timestamptz not null default now(),
  constraint ai_calls_conversation_fkey foreign key (conversation_id, consultant_id)
    references public.conversations (id, consultant_id) on delete set null (conversation_id),
  constraint ai_calls_latency_non_negative check (latency_ms >= 0),
  constraint ai_calls_tokens_non_negative check (prompt_tokens >= 0 and completion_tokens >= 0),
  constraint ai_calls_compliance_object check (jsonb_typeof(compliance) = 'object')
);

comment on table public.ai_calls is 'One LLM call: model, latency, tokens, cache, compliance verdict.';
comment on column public.ai_calls.compliance is 'Guardrail verdict, e.g. {"ok": false, "rules": [...]}.';
comment on column public.ai_calls.fallback_used is 'True when the scripted fallback reply was sent instead.';

create index ai_calls_consultant_time_idx on public.ai_calls (consultant_id, created_at desc);
create index ai_calls_conversation_idx on public.ai_calls (conversation_id)
  where conversation_id is not null;
create index ai_calls_message_idx on public.ai_calls (message_id) where message_id is not null;

create table public.feature_flags (
  id uuid primary key default gen_random_uuid(),
  key text not null,
  consultant_id uuid references public.profiles (id) on delete cascade,
  enabled boolean not null default false,
  value jsonb,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- One global row (null consultant) and at most one override per consultant for each key.
  constraint feature_flags_key_consultant_key unique nulls not distinct (key, consultant_id),
  constraint feature_flags_key_format check (key ~ '^[a-z][a-z0-9_.-]{1,62}$')
);

comment on table public.feature_flags is
  'Feature flags: consultant_id null = global default; a row with consultant_id overrides it.';

create index feature_flags_consultant_idx on public.feature_flags (consultant_id)
  where consultant_id is not null;

create trigger feature_flags_touch_updated_at
  before update on public.feature_flags
  for each row execute function public.touch_updated_at();

-- The flag as the caller sees it: its own override, else the global row, else off.
create or replace function public.feature_enabled(flag text)
returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select coalesce(
    (select enabled from public.feature_flags
      where key = flag and consultant_id = (select auth.uid())),
    (select enabled from public.feature_flags where key = flag and consultant_id is null),
    false)
$$;

comment on function public.feature_enabled(text) is 'Whether a flag is on for the signed-in consultant.';

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  consultant_id uuid not null references public.profiles (id) on delete cascade,
  lead_id uuid,
  channel text not null,
  kind text not null,
  recipient text,
  subject text,
  payload jsonb not null default '{}'::jsonb,
  status text not null default 'pending',
  attempts integer not null default 0,
  error jsonb,
  sent_at timestamptz,
  read_at timestamptz,
  created_at timestamptz not null default now(),
  constraint notifications_lead_fkey foreign key (lead_id, consultant_id)
    references public.leads (id, consultant_id) on delete set null (lead_id),
  constraint notifications_channel_known check (channel in ('email', 'whatsapp', 'in_app')),
  constraint notifications_kind_format check (kind ~ '^[a-z][a-z0-9_.]{1,62}$'),
  constraint notifications_status_known check (status in ('pending', 'sent', 'failed', 'skipped')),
  constraint notifications_payload_object check (jsonb_typeof(payload) = 'object'),
  constraint notifications_attempts_non_negative check (attempts >= 0)
);

comment on table public.notifications is
  'Notifications sent (or to send) to a consultant: e-mail, WhatsApp, in-app.';

create index notifications_consultant_time_idx
  on public.notifications (consultant_id, created_at desc);
create index notifications_lead_idx on public.notifications (lead_id) where lead_id is not null;

-- Row-level security -------------------------------------------------------------------------
alter table public.lead_status_history enable row level security;
alter table public.ai_calls enable row level security;
alter table public.feature_flags enable row level security;
alter table public.notifications enable row level security;

create policy lead_status_history_select_own on public.lead_status_history
  for select to authenticated
  using (consultant_id = (select auth.uid()));

create policy ai_calls_select_own on public.ai_calls
  for select to authenticated
  using (consultant_id = (select auth.uid()));

create policy feature_flags_select_global_or_own on public.feature_flags
  for select to authenticated
  using (consultant_id is null or consultant_id = (select auth.uid()));

create policy notifications_select_own on public.notifications
  for select to authenticated
  using (consultant_id = (select auth.uid()));
create policy notifications_update_own on public.notifications
  for update to authenticated
  using (consultant_id = (select auth.uid()))
  with check (consultant_id = (select auth.uid()));

revoke all on table public.lead_status_history, public.ai_calls, public.feature_flags,
  public.notifications from anon, authenticated;
grant select on table public.lead_status_history, public.ai_calls, public.feature_flags,
  public.notifications to authenticated;
-- Marking a notification as read is the only change a consultant makes here.
grant update (read_at) on table public.notifications to authenticated;

revoke execute on function public.feature_enabled(text) from public, anon;
grant execute on function public.feature_enabled(text) to authenticated, service_role;
