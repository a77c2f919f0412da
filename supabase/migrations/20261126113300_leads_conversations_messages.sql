-- Leads, their WhatsApp conversations and every message exchanged.
-- Child rows carry consultant_id (so RLS is one indexed comparison) and a composite foreign
-- key to their parent's (id, consultant_id), so that value can never disagree with the parent.

create table public.leads (
  id uuid primary key default gen_random_uuid(),
  consultant_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  wa_id text,
  phone text not null,
  name text,
  vertical text,
  status text not null default 'novo',
  status_changed_at timestamptz not null default now(),
  score smallint,
  answers jsonb not null default '{}'::jsonb,
  budget_cents bigint,
  source_slug text,
  utm jsonb not null default '{}'::jsonb,
  consent_at timestamptz,
  opted_out_at timestamptz,
  notes text,
  last_message_at timestamptz not null default now(),
  search_text text generated always as (
    public.search_normalize(name) || ' ' || phone
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint leads_consultant_phone_key unique (consultant_id, phone),
  constraint leads_id_consultant_key unique (id, consultant_id),
  constraint leads_phone_e164 check (public.is_e164(phone)),
  constraint leads_wa_id_digits check (wa_id ~ '^[0-9]{8,20}$'),
  constraint leads_name_length check (char_length(name) <= 200),
  constraint leads_vertical_known check (vertical in ('saude', 'imoveis')),
  constraint leads_status_known check (
    status in ('novo', 'em_atendimento', 'qualificado', 'agendado', 'proposta', 'ganho', 'perdido')
  ),
  constraint leads_score_range check (score between 0 and 100),
  constraint leads_answers_object check (jsonb_typeof(answers) = 'object'),
  constraint leads_utm_object check (jsonb_typeof(utm) = 'object'),
  constraint leads_budget_non_negative check (budget_cents >= 0),
  constraint leads_source_slug_length check (char_length(source_slug) <= 40),
  constraint leads_notes_length check (char_length(notes) <= 5000)
);

comment on table public.leads is 'A person who wrote to a consultant on WhatsApp.';
comment on column public.leads.wa_id is 'WhatsApp id as the provider sends it (digits only).';
comment on column public.leads.status is
  'Pipeline: novo -> em_atendimento -> qualificado -> agendado -> proposta -> ganho | perdido.';
comment on column public.leads.budget_cents is 'Budget in BRL cents.';
comment on column public.leads.consent_at is 'When the lead accepted the LGPD notice.';
comment on column public.leads.opted_out_at is 'When the lead asked not to be contacted again.';
comment on column public.leads.last_message_at is 'Last activity: creation, then each message.';
comment on column public.leads.search_text is
  'Accent-free lower-case name plus phone. Filter with ilike.*<search_normalize(term)>*.';

create index leads_dashboard_idx
  on public.leads (consultant_id, status, last_message_at desc);
create index leads_recent_idx
  on public.leads (consultant_id, last_message_at desc);
create index leads_search_trgm_idx
  on public.leads using gin (search_text extensions.gin_trgm_ops);

create trigger leads_touch_updated_at
  before update on public.leads
  for each row execute function public.touch_updated_at();

create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  consultant_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  lead_id uuid not null,
  flow_id uuid,
  channel_id uuid,
  status text not null default 'bot_ativo',
  state jsonb not null default '{}'::jsonb,
  window_expires_at timestamptz,
  last_message_at timestamptz not null default now(),
  human_since timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint conversations_id_consultant_key unique (id, consultant_id),
  constraint conversations_lead_fkey foreign key (lead_id, consultant_id)
    references public.leads (id, consultant_id) on delete cascade,
  -- Deleting a flow or a channel keeps the conversation history.
  constraint conversations_flow_fkey foreign key (flow_id, consultant_id)
    references public.flows (id, consultant_id) on delete set null (flow_id),
  constraint conversations_channel_fkey foreign key (channel_id, consultant_id)
    references public.whatsapp_channels (id, consultant_id) on delete set null (channel_id),
  constraint conversations_status_known check (
    status in ('bot_ativo', 'aguardando_lead', 'humano', 'finalizada', 'expirada')
  ),
  constraint conversations_state_object check (jsonb_typeof(state) = 'object')
);

comment on table public.conversations is 'A WhatsApp conversation of a lead, driven by a flow.';
comment on column public.conversations.status is
  'bot_ativo (flow answering), aguardando_lead (waiting for the lead), humano (consultant took '
  'over), finalizada (flow ended), expirada (lead went silent / window closed).';
comment on column public.conversations.state is 'Flow engine state (service/flows).';
comment on column public.conversations.window_expires_at is
  'End of the 24-hour customer-service window opened by the lead''s last message.';

-- One open conversation per lead: new messages always know where they belong.
create unique index conversations_one_open_per_lead
  on public.conversations (lead_id) where status in ('bot_ativo', 'aguardando_lead', 'humano');
create index conversations_lead_idx on public.conversations (lead_id, created_at desc);
create index conversations_consultant_idx
  on public.conversations (consultant_id, last_message_at desc);
create index conversations_flow_idx on public.conversations (flow_id) where flow_id is not null;
create index conversations_channel_idx
  on public.conversations (channel_id) where channel_id is not null;

create trigger conversations_touch_updated_at
  before update on public.conversations
  for each row execute function public.touch_updated_at();

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  consultant_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  conversation_id uuid not null,
  lead_id uuid not null,
  direction text not null,
  author text not null default 'bot',
  provider text not null default 'meta',
  provider_message_id text,
  type text not null default 'text',
  text text,
  media jsonb,
  raw jsonb,
  status text not null default 'queued',
  error jsonb,
  status_updated_at timestamptz,
  created_at timestamptz not null default now(),
  constraint messages_conversation_fkey foreign key (conversation_id, consultant_id)
    references public.conversations (id, consultant_id) on delete cascade,
  constraint messages_lead_fkey foreign key (lead_id, consultant_id)
    references public.leads (id, consultant_id) on delete cascade,
  constraint messages_provider_message_key unique (provider, provider_message_id),
  constraint messages_direction_known check (direction in ('in', 'out')),
  constraint messages_author_known check (author in ('lead', 'bot', 'consultant', 'system')),
  constraint messages_author_matches_direction check ((direction = 'in') = (author = 'lead')),
  constraint messages_provider_known check (provider in ('meta', 'weni')),
  constraint messages_type_format check (type ~ '^[a-z_]{1,32}$'),
  constraint messages_status_known check (
    status in ('received', 'queued', 'sent', 'delivered', 'read', 'failed')
  ),
  constraint messages_received_is_inbound check ((status = 'received') = (direction = 'in')),
  constraint messages_text_length check (char_length(text) <= 8192),
  constraint messages_media_object check (jsonb_typeof(media) = 'object')
);

comment on table public.messages is 'Every WhatsApp message, inbound (in) and outbound (out).';
comment on column public.messages.type is
  'Provider message type (text, image, audio, interactive, ...); unknown types are stored too.';
comment on column public.messages.status is
  'received for inbound; outbound: queued -> sent -> delivered -> read, or failed (see error).';
comment on column public.messages.provider_message_id is
  'Provider id (wamid...); unique per provider so a retried delivery is stored once.';

create index messages_conversation_time_idx on public.messages (conversation_id, created_at);
create index messages_lead_time_idx on public.messages (lead_id, created_at);
create index messages_consultant_time_idx on public.messages (consultant_id, created_at desc);

-- Keeps the lead's and conversation's last activity and the 24-hour window current.
create or replace function public.on_message_inserted()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  update public.leads
     set last_message_at = greatest(last_message_at, new.created_at)
   where id = new.lead_id and last_message_at < new.created_at;
  update public.conversations
     set last_message_at = greatest(last_message_at, new.created_at),
         window_expires_at = case
           when new.direction = 'in'
             then greatest(coalesce(window_expires_at, new.created_at), new.created_at + interval '24 hours')
           else window_expires_at end
   where id = new.conversation_id
     and (last_message_at < new.created_at or new.direction = 'in');
  return null;
end
$$;

comment on function public.on_message_inserted() is
  'Trigger: bumps last_message_at of lead and conversation; inbound messages extend the window.';

create trigger messages_after_insert
  after insert on public.messages
  for each row execute function public.on_message_inserted();

revoke execute on function public.on_message_inserted() from public, anon, authenticated;

-- Row-level security -------------------------------------------------------------------------
alter table public.leads enable row level security;
alter table public.conversations enable row level security;
alter table public.messages enable row level security;

create policy leads_select_own on public.leads
  for select to authenticated
  using (consultant_id = (select auth.uid()));
create policy leads_insert_own on public.leads
  for insert to authenticated
  with check (consultant_id = (select auth.uid()));
create policy leads_update_own on public.leads
  for update to authenticated
  using (consultant_id = (select auth.uid()))
  with check (consultant_id = (select auth.uid()));
create policy leads_delete_own on public.leads
  for delete to authenticated
  using (consultant_id = (select auth.uid()));

create policy conversations_select_own on public.conversations
  for select to authenticated
  using (consultant_id = (select auth.uid()));
create policy conversations_insert_own on public.conversations
  for insert to authenticated
  with check (consultant_id = (select auth.uid()));
create policy conversations_update_own on public.conversations
  for update to authenticated
  using (consultant_id = (select auth.uid()))
  with check (consultant_id = (select auth.uid()));
create policy conversations_delete_own on public.conversations
  for delete to authenticated
  using (consultant_id = (select auth.uid()));

-- A consultant may read its messages and queue outbound ones (manual replies); inbound
-- messages and delivery updates come only from the service.
create policy messages_select_own on public.messages
  for select to authenticated
  using (consultant_id = (select auth.uid()));
create policy messages_insert_own_outbound on public.messages
  for insert to authenticated
  with check (
    consultant_id = (select auth.uid())
    and direction = 'out' and author = 'consultant' and status = 'queued'
  );

revoke all on table public.leads, public.conversations, public.messages from anon, authenticated;
grant select, insert, delete on table public.leads to authenticated;
grant update (wa_id, phone, name, vertical, status, score, answers, budget_cents, source_slug, utm,
              consent_at, opted_out_at, notes)
  on table public.leads to authenticated;
grant select, insert, update, delete on table public.conversations to authenticated;
grant select on table public.messages to authenticated;
grant insert (consultant_id, conversation_id, lead_id, direction, author, provider, type, text, media)
  on table public.messages to authenticated;
