#!/bin/sh
# One-shot MinIO set-up, run by the minio-init service: create the media
# bucket (anonymous read, so cover images load straight from MinIO) and the
# documents bucket (private: served only through signed URLs). Safe to rerun.
set -eu

: "${MINIO_URL:=http://minio:9000}"
: "${MEDIA_BUCKET:=rightsbridge-media}"
: "${DOCUMENTS_BUCKET:=rightsbridge-documents}"

for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if mc alias set local "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null; then
        break
    fi
    if [ "$attempt" = 10 ]; then
        echo "minio-init: cannot reach $MINIO_URL" >&2
        exit 1
    fi
    sleep 2
done

mc mb --ignore-existing "local/$MEDIA_BUCKET"
mc mb --ignore-existing "local/$DOCUMENTS_BUCKET"
mc anonymous set download "local/$MEDIA_BUCKET"
mc anonymous set none "local/$DOCUMENTS_BUCKET"
echo "minio-init: $MEDIA_BUCKET (public read), $DOCUMENTS_BUCKET (private) ready"
