"""The STORAGES setting: local folders by default, S3 (or MinIO) when a bucket is named.

Two stores: public media (covers, watermarked previews) and private documents
(original pattern files, contracts), reached only through signed URLs."""


def local_storages(private_root: str) -> dict:
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "documents": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                      "OPTIONS": {"location": private_root, "base_url": None}},
    }


def s3_storages(*, bucket: str, documents_bucket: str, endpoint_url=None, access_key=None, secret_key=None,
                region="us-east-1", custom_domain=None, url_protocol="https:", document_url_seconds=300) -> dict:
    from botocore.config import Config

    common = {"endpoint_url": endpoint_url, "access_key": access_key, "secret_key": secret_key,
              "region_name": region, "file_overwrite": False,
              # Fail an upload in seconds when the store is down, so the editor
              # gets a clear form error instead of a hung request.
              "client_config": Config(connect_timeout=3, read_timeout=30, signature_version="s3v4",
                                      retries={"max_attempts": 2, "mode": "standard"})}
    return {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
            **common, "bucket_name": bucket, "querystring_auth": False,
            "custom_domain": custom_domain, "url_protocol": url_protocol,
        }},
        "documents": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
            **common, "bucket_name": documents_bucket, "default_acl": "private",
            "querystring_auth": True, "querystring_expire": document_url_seconds,
        }},
    }
