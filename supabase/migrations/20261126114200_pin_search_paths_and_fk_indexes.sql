-- Pin search_path on the remaining helper functions (Supabase's database linter flags
-- functions whose search_path the caller controls; all their references are schema-qualified
-- or in pg_catalog), and index the last foreign keys that had none.
alter function public.immutable_unaccent(text) set search_path = '';
alter function public.search_normalize(text) set search_path = '';
alter function public.is_e164(text) set search_path = '';
alter function public.touch_updated_at() set search_path = '';
alter function public.slug_is_reserved(text) set search_path = '';
alter function public.slug_is_valid(text) set search_path = '';
alter function public.slugify(text) set search_path = '';
alter function public.stamp_lead_status_change() set search_path = '';

create index channel_secrets_consultant_idx on public.channel_secrets (consultant_id);
create index flows_template_idx on public.flows (template_id) where template_id is not null;
