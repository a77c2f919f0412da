"""`/rpc/<fn>`: calling a function of an exposed schema the way PostgREST does.

Arguments come from the query string (GET) or a JSON object (POST); a function taking one
unnamed json/jsonb parameter receives the whole body. Set-returning functions of a row
type are read like tables (select, filters, order, limit apply); scalars come back as a
JSON value, `setof` scalars as an array, `void` as 204.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from devstack.rest import query as q
from devstack.rest import write
from devstack.rest.errors import JSON_TYPE, ApiError, SchemaMiss, invalid_body
from devstack.rest.responses import Prefer, count_method, nulls_stripped, read_response
from devstack.rest.sql import Builder

if TYPE_CHECKING:
    from devstack.rest.routes import RestHandler


async def call_rpc(
    handler: RestHandler,
    request: Request,
    claims: dict[str, Any],
    builder: Builder,
    name: str,
    accept: str,
    prefer: Prefer,
    body: Any,
    params: list[tuple[str, str]],
) -> Response:
    """Call `name` with named arguments (query string or JSON body), PostgREST-style."""
    schema = builder.schema
    candidates = builder.cache.functions.get((schema, name), [])
    if not candidates:
        # Before parsing: unknown arguments would otherwise read as malformed filters
        # (PGRST100) and the schema cache would never get its reload.
        if request.method in ("GET", "HEAD"):
            given = {k for k, _ in params if k not in q.RESERVED_PARAMS and k != "apikey"}
        else:
            given = set(body) if isinstance(body, dict) else set()
        raise _function_not_found(schema, name, sorted(given))
    arg_names = frozenset(p.name for fn in candidates for p in fn.params if p.name)
    read = q.parse_read(params, arg_names if request.method in ("GET", "HEAD") else frozenset())
    single_json = prefer.get("params") == "single-object"
    if request.method in ("GET", "HEAD"):
        args: dict[str, Any] = dict(read.extra)
    elif request.method == "POST":
        if not single_json and not isinstance(body, dict):
            raise invalid_body(
                "Empty or invalid json", "rpc expects a JSON object of named arguments"
            )
        args = dict(body) if isinstance(body, dict) else {}
    else:
        raise ApiError(
            405,
            "PGRST101",
            "Cannot use this HTTP method on a RPC. Only GET and POST are allowed.",
        )
    fn = write.pick_function(candidates, set(args), single_json)
    if fn is None:
        raise _function_not_found(schema, name, sorted(args))
    use_body = (
        fn.params and not fn.params[0].name and len(fn.params) == 1 and request.method == "POST"
    )
    call_sql, args_from = write.call(builder, fn, None if (single_json or use_body) else args, body)
    with_count = prefer.get("count") in ("exact", "planned", "estimated")
    statement, shape = write.rpc_statement(
        builder, fn, call_sql, args_from, read, with_count=with_count
    )
    # As PostgREST: only a POST to a volatile function may write.
    read_only = request.method in ("GET", "HEAD") or fn.volatility in ("s", "i")
    run_accept = accept if shape in ("rows", "row") else "application/json"
    outcome = await handler.run(
        request, claims, statement, builder.params, run_accept, read_only=read_only
    )
    if shape == "void":
        return Response(None, status_code=204)
    if shape == "row":
        body_text = (outcome.body or "[]")[1:-1] or "null"
        return Response(body_text, media_type=JSON_TYPE)
    if shape == "rows":
        offset = read.node(()).offset or 0
        return read_response(
            request.method,
            accept,
            offset,
            outcome,
            count_method(prefer),
            nulls_stripped(request),
        )
    text = outcome.body or "null"
    return Response("" if request.method == "HEAD" else text, media_type=JSON_TYPE)


def _function_not_found(schema: str, name: str, args: list[str]) -> SchemaMiss:
    """PGRST202, worth one schema cache reload."""
    listed = ", ".join(args)
    described = f"with parameters {listed}" if args else "without parameters"
    return SchemaMiss(
        404,
        "PGRST202",
        f"Could not find the function {schema}.{name}({listed}) in the schema cache",
        f"Searched for the function {schema}.{name} {described} in the schema cache",
        "If a new function was created in the database with this name and parameters, try reloading the schema cache.",
    )
