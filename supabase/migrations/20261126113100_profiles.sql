-- Consultant profiles: one per auth.users row, created by a trigger on sign-up.
-- Deleting the auth user deletes the profile, and through it every row the consultant owns
-- (LGPD erasure).

-- Words a slug may not take: they are, or could become, top-level paths of the app.
create or replace function public.slug_is_reserved(value text)
returns boolean
language sql
immutable
parallel safe
as $$
  select lower(value) = any (array[
    'admin', 'administrador', 'ajuda', 'api', 'app', 'assets', 'auth', 'billing', 'blog',
    'cadastro', 'config', 'configuracoes', 'conta', 'contato', 'dashboard', 'docs', 'entrar',
    'health', 'healthz', 'help', 'inicio', 'internal', 'login', 'logout', 'mail', 'metrics',
    'null', 'painel', 'planos', 'privacidade', 'privacy', 'public', 'realtime', 'register',
    'rest', 'root', 'sair', 'settings', 'signin', 'signup', 'sitemap', 'static', 'status',
    'storage', 'suporte', 'support', 'system', 'termos', 'terms', 'undefined', 'webhook',
    'webhooks', 'www'
  ])
$$;

comment on function public.slug_is_reserved(text) is 'True when a slug is a reserved word.';

create or replace function public.slug_is_valid(value text)
returns boolean
language sql
immutable
parallel safe
as $$
  select value ~ '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$'
     and char_length(value) between 3 and 40
     and not public.slug_is_reserved(value)
$$;

comment on function public.slug_is_valid(text) is
  'Slug rules: lowercase letters, digits and inner hyphens, 3 to 40 chars, not reserved.';

-- Turns free text (a name, an e-mail local part) into slug characters; may return ''.
create or replace function public.slugify(value text)
returns text
language sql
immutable
parallel safe
as $$
  select btrim(left(btrim(regexp_replace(public.search_normalize(value), '[^a-z0-9]+', '-', 'g'),
                          '-'), 40), '-')
$$;

comment on function public.slugify(text) is 'Free text to slug characters (no uniqueness check).';

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  slug text not null,
  display_name text not null,
  whatsapp_number text,
  photo_path text,
  bio text,
  verticals text[] not null default '{}',
  susep_code text,
  creci_code text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profiles_slug_key unique (slug),
  constraint profiles_slug_format check (
    slug ~ '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$' and char_length(slug) between 3 and 40
  ),
  constraint profiles_slug_not_reserved check (not public.slug_is_reserved(slug)),
  constraint profiles_display_name_length check (char_length(btrim(display_name)) between 1 and 120),
  constraint profiles_whatsapp_e164 check (public.is_e164(whatsapp_number)),
  constraint profiles_bio_length check (char_length(bio) <= 2000),
  constraint profiles_photo_path_length check (char_length(photo_path) <= 512),
  constraint profiles_verticals_known check (verticals <@ array['saude', 'imoveis']::text[]),
  constraint profiles_susep_code_length check (char_length(susep_code) between 1 and 40),
  constraint profiles_creci_code_length check (char_length(creci_code) between 1 and 40)
);

comment on table public.profiles is
  'A consultant: id = auth.users.id; slug names the public landing page /<slug>.';
comment on column public.profiles.susep_code is 'Broker registration (SUSEP/ANS), shown on the landing page.';
comment on column public.profiles.creci_code is 'Real-estate broker registration (CRECI), shown on the landing page.';
comment on column public.profiles.photo_path is 'Object path in Storage (bucket chosen by the app).';

create trigger profiles_touch_updated_at
  before update on public.profiles
  for each row execute function public.touch_updated_at();

-- A free slug built from `base`: slugified, padded when too short, suffixed -2, -3... when
-- taken or reserved.
create or replace function public.unique_slug(base text)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  stem text := public.slugify(base);
  candidate text;
  n integer := 1;
begin
  if char_length(stem) < 3 then
    stem := 'consultor' || case when stem <> '' then '-' || stem else '' end;
  end if;
  stem := rtrim(left(stem, 34), '-');
  candidate := stem;
  while public.slug_is_reserved(candidate)
        or exists (select 1 from public.profiles where slug = candidate) loop
    n := n + 1;
    candidate := stem || '-' || n;
  end loop;
  return candidate;
end
$$;

comment on function public.unique_slug(text) is 'A valid slug derived from text that no profile uses yet.';

-- Lets the sign-up form tell whether a slug can be taken before submitting.
create or replace function public.slug_available(value text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select public.slug_is_valid(value)
     and not exists (select 1 from public.profiles where slug = value)
$$;

comment on function public.slug_available(text) is 'True when the slug is valid and not taken.';

-- Creates the profile of a new auth user. Never blocks the sign-up: a requested slug that is
-- invalid or taken falls back to a free variant of it, or of the e-mail's local part.
create or replace function public.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  wanted text := lower(nullif(btrim(meta ->> 'slug'), ''));
  local_part text := nullif(split_part(coalesce(new.email, ''), '@', 1), '');
  name text := coalesce(
    nullif(btrim(meta ->> 'display_name'), ''),
    nullif(btrim(meta ->> 'full_name'), ''),
    nullif(btrim(meta ->> 'name'), ''),
    nullif(initcap(btrim(regexp_replace(local_part, '[._+-]+', ' ', 'g'))), ''),
    'Consultor'
  );
  phone text := nullif(regexp_replace(coalesce(meta ->> 'whatsapp_number', ''), '[\s()-]', '', 'g'), '');
  wanted_verticals text[];
  candidate text;
  attempt integer := 0;
begin
  select coalesce(array_agg(distinct v order by v), '{}')
    into wanted_verticals
    from (
      select jsonb_array_elements_text(
               case when jsonb_typeof(meta -> 'verticals') = 'array' then meta -> 'verticals'
                    else '[]'::jsonb end) as v
      union
      select meta ->> 'vertical'
    ) requested
   where v in ('saude', 'imoveis');

  if phone is not null and not public.is_e164(phone) then
    phone := null;
  end if;

  loop
    attempt := attempt + 1;
    if attempt = 1 and public.slug_is_valid(wanted) then
      candidate := wanted;
    else
      candidate := public.unique_slug(coalesce(wanted, local_part, name));
    end if;
    insert into public.profiles (id, slug, display_name, whatsapp_number, verticals)
    values (new.id, candidate, left(name, 120), phone, wanted_verticals)
    on conflict (slug) do nothing;
    exit when found;
    -- Another sign-up took the same slug between the check and the insert: try again.
    if attempt >= 10 then
      raise exception 'could not find a free slug for user %', new.id;
    end if;
  end loop;
  return new;
end
$$;

comment on function public.handle_new_user() is 'Trigger on auth.users: creates the consultant profile.';

create or replace trigger on_auth_user_created
  after insert on auth.users
  for each row execute function public.handle_new_user();

revoke execute on function public.handle_new_user() from public, anon, authenticated;
revoke execute on function public.unique_slug(text) from public, anon, authenticated;
grant execute on function public.slug_available(text) to anon, authenticated;

-- Row-level security -------------------------------------------------------------------------
alter table public.profiles enable row level security;

create policy profiles_select_own on public.profiles
  for select to authenticated
  using (id = (select auth.uid()));

create policy profiles_update_own on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Landing pages are public: anon may read any profile, but only the columns granted below.
create policy profiles_public_read on public.profiles
  for select to anon
  using (true);

revoke all on table public.profiles from anon, authenticated;
grant select on table public.profiles to authenticated;
grant update (slug, display_name, whatsapp_number, photo_path, bio, verticals, susep_code, creci_code)
  on table public.profiles to authenticated;
grant select (slug, display_name, whatsapp_number, photo_path, bio, verticals, susep_code, creci_code)
  on table public.profiles to anon;

-- What a landing page shows, so anon can `select *` (the base table refuses * to anon).
create view public.landing_profiles
with (security_invoker = true)
as
select slug, display_name, whatsapp_number, photo_path, bio, verticals, susep_code, creci_code
  from public.profiles;

comment on view public.landing_profiles is 'Public fields of a consultant profile, by slug.';

revoke all on table public.landing_profiles from anon, authenticated;
grant select on table public.landing_profiles to anon, authenticated;
