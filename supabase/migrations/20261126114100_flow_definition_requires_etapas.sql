-- A definition without `etapas` slipped through: jsonb_typeof(null) is null, and a check
-- constraint treats null as passing. Require the key explicitly.
alter table public.flows drop constraint flows_definition_shape;
alter table public.flows add constraint flows_definition_shape check (
  jsonb_typeof(definition) = 'object'
  and coalesce(jsonb_typeof(definition -> 'etapas') = 'array', false)
);

alter table public.flow_templates drop constraint flow_templates_definition_shape;
alter table public.flow_templates add constraint flow_templates_definition_shape check (
  jsonb_typeof(definition) = 'object'
  and coalesce(jsonb_typeof(definition -> 'etapas') = 'array', false)
);
