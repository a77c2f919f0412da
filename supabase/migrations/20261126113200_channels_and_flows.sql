-- WhatsApp channels (which provider number belongs to which consultant), their secrets, and
-- conversation flows.

create table public.whatsapp_channels (
  id uuid primary key default gen_random_uuid(),
  consultant_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  provider text not null,
  provider_number_id text not null,
  phone_number text,
  label text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint whatsapp_channels_provider_known check (provider in ('meta', 'weni')),
  constraint whatsapp_channels_provider_number_key unique (provider, provider_number_id),
  constraint whatsapp_channels_provider_number_id_length
    check (char_length(provider_number_id) between 1 and 128),
  constraint whatsapp_channels_phone_e164 check (public.is_e164(phone_number)),
  constraint whatsapp_channels_label_length check (char_length(label) <= 80),
  -- Target of composite foreign keys that keep consultant_id consistent in child rows.
  constraint whatsapp_channels_id_consultant_key unique (id, consultant_id)
);

comment on table public.whatsapp_channels is
  'A WhatsApp number connected through Meta Cloud API (phone_number_id) or Weni (channel uuid).';
comment on column public.whatsapp_channels.provider_number_id is
  'Meta phone_number_id or Weni channel uuid: how inbound webhooks find the consultant.';

create index whatsapp_channels_consultant_idx on public.whatsapp_channels (consultant_id);

create trigger whatsapp_channels_touch_updated_at
  before update on public.whatsapp_channels
  for each row execute function public.touch_updated_at();

-- Secrets live apart so no API role but service_role can ever read them.
create table public.channel_secrets (
  channel_id uuid primary key,
  consultant_id uuid not null references public.profiles (id) on delete cascade,
  access_token text,
  app_secret text,
  verify_token text,
  extra jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now(),
  constraint channel_secrets_channel_fkey foreign key (channel_id, consultant_id)
    references public.whatsapp_channels (id, consultant_id) on delete cascade,
  constraint channel_secrets_extra_object check (jsonb_typeof(extra) = 'object')
);

comment on table public.channel_secrets is
  'Provider credentials of a channel. service_role only: no grant to anon or authenticated.';

create trigger channel_secrets_touch_updated_at
  before update on public.channel_secrets
  for each row execute function public.touch_updated_at();

-- Templates ship with the product; consultants copy them into their own flows.
create table public.flow_templates (
  id uuid primary key default gen_random_uuid(),
  key text not null,
  vertical text not null,
  name text not null,
  description text,
  definition jsonb not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint flow_templates_key_key unique (key),
  constraint flow_templates_key_format check (key ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
  constraint flow_templates_vertical_known check (vertical in ('saude', 'imoveis')),
  constraint flow_templates_name_length check (char_length(btrim(name)) between 1 and 120),
  constraint flow_templates_definition_shape check (
    jsonb_typeof(definition) = 'object' and jsonb_typeof(definition -> 'etapas') = 'array'
  ),
  constraint flow_templates_version_positive check (version >= 1)
);

comment on table public.flow_templates is 'Flow definitions shipped with the product, per vertical.';

create trigger flow_templates_touch_updated_at
  before update on public.flow_templates
  for each row execute function public.touch_updated_at();

create table public.flows (
  id uuid primary key default gen_random_uuid(),
  consultant_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  template_id uuid references public.flow_templates (id) on delete set null,
  name text not null,
  vertical text not null,
  definition jsonb not null,
  version integer not null default 1,
  is_active boolean not null default true,
  is_default boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint flows_vertical_known check (vertical in ('saude', 'imoveis')),
  constraint flows_name_length check (char_length(btrim(name)) between 1 and 120),
  constraint flows_definition_shape check (
    jsonb_typeof(definition) = 'object' and jsonb_typeof(definition -> 'etapas') = 'array'
  ),
  constraint flows_version_positive check (version >= 1),
  constraint flows_default_is_active check (is_active or not is_default),
  constraint flows_id_consultant_key unique (id, consultant_id)
);

comment on table public.flows is
  'A consultant''s conversation flow (JSON, see service/flows). At most one default each.';
comment on column public.flows.version is 'Edit counter of this flow; the spec version is in definition.versao.';

create unique index flows_one_default_per_consultant
  on public.flows (consultant_id) where is_default;
create index flows_consultant_idx on public.flows (consultant_id, created_at desc);

create trigger flows_touch_updated_at
  before update on public.flows
  for each row execute function public.touch_updated_at();

-- Switching the default needs two row changes in one statement's reach; this does it atomically
-- as the caller (RLS applies).
create or replace function public.set_default_flow(flow_id uuid)
returns public.flows
language plpgsql
security invoker
set search_path = ''
as $$
declare
  chosen public.flows;
begin
  select * into chosen from public.flows where id = flow_id for update;
  if not found then
    raise exception 'fluxo não encontrado' using errcode = 'P0002';
  end if;
  update public.flows set is_default = false
   where consultant_id = chosen.consultant_id and is_default and id <> chosen.id;
  update public.flows set is_default = true, is_active = true
   where id = chosen.id
  returning * into chosen;
  return chosen;
end
$$;

comment on function public.set_default_flow(uuid) is 'Makes one flow the default of its consultant.';

-- Row-level security -------------------------------------------------------------------------
alter table public.whatsapp_channels enable row level security;
alter table public.channel_secrets enable row level security;
alter table public.flow_templates enable row level security;
alter table public.flows enable row level security;

-- Channels are connected by the service after verifying the number with the provider: a
-- browser could otherwise claim someone else's provider number id and receive their leads.
create policy whatsapp_channels_select_own on public.whatsapp_channels
  for select to authenticated
  using (consultant_id = (select auth.uid()));
create policy whatsapp_channels_update_own on public.whatsapp_channels
  for update to authenticated
  using (consultant_id = (select auth.uid()))
  with check (consultant_id = (select auth.uid()));

revoke all on table public.whatsapp_channels from anon, authenticated;
grant select on table public.whatsapp_channels to authenticated;
grant update (label, active) on table public.whatsapp_channels to authenticated;

-- channel_secrets: RLS on and no policy at all; only service_role (bypassrls) reaches it.
revoke all on table public.channel_secrets from anon, authenticated;

create policy flow_templates_read on public.flow_templates
  for select to authenticated
  using (true);

revoke all on table public.flow_templates from anon, authenticated;
grant select on table public.flow_templates to authenticated;

create policy flows_select_own on public.flows
  for select to authenticated
  using (consultant_id = (select auth.uid()));
create policy flows_insert_own on public.flows
  for insert to authenticated
  with check (consultant_id = (select auth.uid()));
create policy flows_update_own on public.flows
  for update to authenticated
  using (consultant_id = (select auth.uid()))
  with check (consultant_id = (select auth.uid()));
create policy flows_delete_own on public.flows
  for delete to authenticated
  using (consultant_id = (select auth.uid()));

revoke all on table public.flows from anon, authenticated;
grant select, insert, update, delete on table public.flows to authenticated;

revoke execute on function public.set_default_flow(uuid) from public, anon;
grant execute on function public.set_default_flow(uuid) to authenticated, service_role;
