"""The `/storage/v1` route table, ordered so fixed segments win over `{bucket}`."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from devstack.storage.buckets import BucketRoutes
from devstack.storage.context import StorageContext
from devstack.storage.listing import ListingRoutes
from devstack.storage.objects import ObjectRoutes
from devstack.storage.signed import SignedRoutes

OBJECT = "/object/{bucket}/{key:path}"


def build_routes(ctx: StorageContext) -> list[BaseRoute]:
    """Every Storage endpoint the official clients call."""
    buckets = BucketRoutes(ctx)
    objects = ObjectRoutes(ctx)
    signed = SignedRoutes(ctx)
    listing = ListingRoutes(ctx)
    return [
        Route("/bucket", buckets.list_buckets, methods=["GET"]),
        Route("/bucket", buckets.create_bucket, methods=["POST"]),
        Route("/bucket/{bucket}/empty", buckets.empty_bucket, methods=["POST"]),
        Route("/bucket/{bucket}", buckets.get_bucket, methods=["GET"]),
        Route("/bucket/{bucket}", buckets.update_bucket, methods=["PUT"]),
        Route("/bucket/{bucket}", buckets.delete_bucket, methods=["DELETE"]),
        Route("/object/list/{bucket}", listing.list_objects, methods=["POST"]),
        Route("/object/list-v2/{bucket}", listing.list_objects_v2, methods=["POST"]),
        Route("/object/move", objects.move, methods=["POST"]),
        Route("/object/copy", objects.copy, methods=["POST"]),
        Route("/object/sign/{bucket}", signed.sign_many, methods=["POST"]),
        Route("/object/sign/{bucket}/{key:path}", signed.sign_one, methods=["POST"]),
        Route("/object/sign/{bucket}/{key:path}", signed.download_signed, methods=["GET"]),
        Route(
            "/object/upload/sign/{bucket}/{key:path}", signed.create_upload_url, methods=["POST"]
        ),
        Route("/object/upload/sign/{bucket}/{key:path}", signed.upload_signed, methods=["PUT"]),
        Route("/object/info/public/{bucket}/{key:path}", objects.info_public, methods=["GET"]),
        Route(
            "/object/info/authenticated/{bucket}/{key:path}",
            objects.info_authenticated,
            methods=["GET"],
        ),
        Route("/object/info/{bucket}/{key:path}", objects.info, methods=["GET"]),
        Route("/object/public/{bucket}/{key:path}", objects.download_public, methods=["GET"]),
        Route(
            "/object/authenticated/{bucket}/{key:path}",
            objects.download_authenticated,
            methods=["GET"],
        ),
        Route("/object/{bucket}", objects.remove_many, methods=["DELETE"]),
        Route(OBJECT, objects.download, methods=["GET"]),
        Route(OBJECT, objects.upload, methods=["POST", "PUT"]),
        Route(OBJECT, objects.remove_one, methods=["DELETE"]),
    ]
