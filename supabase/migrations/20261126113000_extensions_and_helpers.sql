-- Extensions and small helpers every later migration relies on.
-- Only what hosted Supabase and plain PostgreSQL 15+ both ship: unaccent and pg_trgm (in the
-- `extensions` schema, as Supabase installs them) and core gen_random_uuid().

create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed an index or a
-- generated column directly. Naming the dictionary explicitly makes the result depend on the
-- arguments alone, which is what IMMUTABLE promises.
create or replace function public.immutable_unaccent(value text)
returns text
language sql
immutable
parallel safe
strict
as $$
  select extensions.unaccent('extensions.unaccent'::regdictionary, value)
$$;

comment on function public.immutable_unaccent(text) is
  'unaccent() with a fixed dictionary, usable in indexes and generated columns.';

-- Lower-case, accent-free text used for accent-insensitive search.
create or replace function public.search_normalize(value text)
returns text
language sql
immutable
parallel safe
as $$
  select lower(public.immutable_unaccent(coalesce(value, '')))
$$;

comment on function public.search_normalize(text) is
  'Lower-cases and strips accents: the form stored in search columns.';

-- A WhatsApp number in E.164: plus sign, country code not starting with 0, 8 to 15 digits.
create or replace function public.is_e164(value text)
returns boolean
language sql
immutable
parallel safe
as $$
  select value ~ '^\+[1-9][0-9]{7,14}$'
$$;

comment on function public.is_e164(text) is 'True for an E.164 phone number such as +5511987654321.';

-- Keeps `updated_at` honest whoever writes the row.
create or replace function public.touch_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

comment on function public.touch_updated_at() is 'Trigger: sets updated_at to now() on update.';

-- Helpers are for SQL and triggers; only the normalizer is meant for clients.
revoke execute on function public.touch_updated_at() from public, anon, authenticated;
