"""Writes of the catalogue that do more than save one row: storing an
uploaded original, making its watermarked preview, making cover renditions,
and releasing the files of rows that are gone or withdrawn.

Files follow their rows: an original is stored once under its sha256 and
shared by every asset with the same content; it is deleted when no asset
refers to it. Previews are public, so only a live work has them.

Keyword-only functions named <entity>_<action>. Forms and the admin validate
first (`clean()`); these run once the whole write is valid. Tasks fetch by id
and call them."""
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.actions.unpublish import UnpublishAction

from marketplace import rules
from marketplace.storage import store_private
from marketplace.uploads import check_image, check_upload, upload_sha256

from .models import Creator, MediaAsset, RightsOffer, Work, WorkCredit
from .watermark import watermarked_preview

# The cover sizes the templates ask for; made ahead so pages never wait on them.
COVER_RENDITIONS = ["fill-300x400", "width-640"]


def media_asset_store_original(*, asset: MediaAsset) -> MediaAsset:
    """Check a new upload by its content, fingerprint it, and put it in the
    private store under its hash, unless an identical original is there
    already. The row is not saved here. A store outage is a ValidationError,
    so a form shows it and nothing is half-saved."""
    if not asset.file or asset.file._committed:
        return asset
    upload = asset.file.file
    checked = check_upload(upload, images_only=asset.kind == MediaAsset.Kind.PATTERN)
    digest = upload_sha256(upload)
    name = store_private(asset.file.storage, f"originals/{digest[:2]}/{digest}.{checked.extension}", upload,
                         overwrite_same=True)
    asset.sha256, asset.file = digest, name
    return asset


@transaction.atomic
def media_asset_create(*, work: Work, kind: str, file=None, external_url: str = "", sort_order: int = 0,
                       **translated_fields) -> MediaAsset:
    """A validated asset with its original stored; its preview follows on commit."""
    asset = MediaAsset(work=work, kind=kind, file=file, external_url=external_url, sort_order=sort_order,
                       **translated_fields)
    asset.full_clean()
    media_asset_store_original(asset=asset)
    asset.save()
    return asset


def media_asset_make_preview(*, asset_id: int) -> bool:
    """Make the watermarked preview of an image original; safe to repeat.
    False when there is nothing to do (gone, not an image, already made)."""
    asset = MediaAsset.objects.select_related("work").filter(pk=asset_id).first()
    if asset is None or not asset.needs_preview or not asset.work.live:
        return False
    with asset.file.open("rb") as original:
        preview = watermarked_preview(original)
    old_name = asset.preview.name
    asset.preview.save(f"{asset.sha256[:16]}.jpg", ContentFile(preview), save=False)
    # Compare-and-set on the original's hash: a concurrent run for the same
    # original writes once; a newer original is never overwritten by an older run.
    updated = MediaAsset.objects.filter(pk=asset_id, sha256=asset.sha256).update(
        preview=asset.preview.name, preview_of=asset.sha256)
    if old_name and old_name != asset.preview.name:
        asset.preview.storage.delete(old_name)
    return bool(updated)


def work_withdraw_previews(*, work_id: int) -> int:
    """A withdrawn (or deleted) work's previews stop being served: their
    files go, and publishing again makes them anew. The number removed."""
    assets = MediaAsset.objects.filter(work_id=work_id).exclude(preview="")
    names = list(assets.values_list("preview", flat=True))
    assets.update(preview="", preview_of="")
    media_files_release(previews=names)
    return len(names)


def work_make_previews(*, work_id: int) -> int:
    """The missing previews of a (re)published work; the number made."""
    assets = [asset.pk for asset in MediaAsset.objects.filter(work_id=work_id) if asset.needs_preview]
    return sum(media_asset_make_preview(asset_id=asset_id) for asset_id in assets)


def media_files_release(*, originals: list[str] = (), previews: list[str] = ()) -> list[str]:
    """Delete the files no asset refers to any more; the names deleted.
    Safe to repeat: a name already gone is skipped."""
    released = []
    for names, field in ((originals, "file"), (previews, "preview")):
        storage = MediaAsset._meta.get_field(field).storage
        for name in filter(None, names):
            if not MediaAsset.objects.filter(**{field: name}).exists() and storage.exists(name):
                storage.delete(name)
                released.append(name)
    return released


def work_make_cover_renditions(*, work_id: int) -> int:
    """The cover sizes pages use, made ahead; the number made or found."""
    work = Work.objects.select_related("cover").filter(pk=work_id).first()
    if work is None or work.cover is None:
        return 0
    return len(work.cover.get_renditions(*COVER_RENDITIONS))


# --- Listings written by their rights holders (the workspace) -----------------

def work_draft_save(*, user, holder, work: Work | None = None, fields: dict, offers: list[dict],
                    subjects=(), credits=None, cover=None, files=(), remove_assets=()) -> Work:
    """Create a listing, or change one, as a draft revision for review.

    As in Wagtail's own editor: a work that is not live is saved as it is
    now, and every save also makes a revision; a live work keeps serving its
    published version until an editor publishes the new one. Offer lines are
    validated here with the same rules and messages as in the admin.
    `credits` are {"name", "name_original", "role"} dicts: a creator already
    in the catalogue under that original-script name (or that name) is
    reused, anyone else is added.
    `cover` is an uploaded image; `files` are (kind, upload) pairs of samples
    and pattern images, checked by content and stored privately by hash
    before the draft is saved, so a refused file leaves the listing as it was;
    `remove_assets` are ids of the draft's files to drop (their stored files
    go once no row refers to them)."""
    if not rules.can_manage_listings(user, holder):
        raise PermissionDenied
    if work is not None and work.rights_holder_id != holder.pk:
        raise PermissionDenied
    draft = work.get_latest_revision_as_object() if work is not None else Work(rights_holder=holder, live=False)
    for name, value in fields.items():
        setattr(draft, name, value)
    if not draft.slug:
        draft.slug = _listing_slug(draft)
    lines = [RightsOffer(sort_order=n, **line) for n, line in enumerate(offers)]
    errors = {}
    try:
        draft.full_clean(exclude=["cover", "subjects"])
    except ValidationError as error:
        errors.update(error.message_dict)
    for n, line in enumerate(lines):
        try:
            line.full_clean(exclude=["work"])
        except ValidationError as error:
            errors.update({f"offers-{n}-{field}": messages for field, messages in error.message_dict.items()})
    assets = []
    for n, (kind, upload) in enumerate(files):
        asset = MediaAsset(kind=kind, file=upload, sort_order=draft.media_assets.count() + n)
        try:
            asset.full_clean(exclude=["work"])
        except ValidationError as error:
            errors.setdefault(kind, []).extend(error.messages)
        else:
            assets.append(asset)
    if cover is not None:
        try:
            check_image(cover)
        except ValidationError as error:
            errors.setdefault("cover", []).extend(error.messages)
    if errors:
        raise ValidationError(errors)
    removed = {int(pk) for pk in remove_assets}
    if removed:
        draft.media_assets = [asset for asset in draft.media_assets.all() if asset.pk not in removed]
    for asset in assets:
        media_asset_store_original(asset=asset)
        draft.media_assets.add(asset)
    if cover is not None:
        draft.cover = _cover_image(cover, draft, user)
    draft.rights_offers = lines
    draft.subjects = list(subjects)
    if credits is not None:
        draft.credits = [WorkCredit(creator=creator_for(**{k: v for k, v in credit.items() if k != "role"}),
                                    role=credit["role"], sort_order=n) for n, credit in enumerate(credits)]
    with transaction.atomic():
        if not draft.live:
            draft.save()
        draft.save_revision(user=user, log_action=True)
    return draft


def creator_for(*, name: str, name_original: str = "") -> Creator:
    """The catalogue's creator of that name, or a new one."""
    name, name_original = name.strip(), (name_original or "").strip()
    found = (Creator.objects.filter(name_original=name_original).first() if name_original
             else Creator.objects.filter(name=name, name_original="").first())
    return found or Creator.objects.create(name_original=name_original,
                                           **{build_localized_fieldname("name", get_language() or "en"): name})


def work_submit_for_review(*, user, work: Work):
    """Into Wagtail's moderation workflow; editors approve or reject it in the admin."""
    if not rules.can_manage_listings(user, work.rights_holder):
        raise PermissionDenied
    if not work.rights_holder.is_verified:
        raise ValidationError(_("Your organisation must be verified before its listings can be published."),
                              code="unverified")
    workflow = work.get_workflow()
    if workflow is None:
        raise ValidationError(_("Listings cannot be sent for review just now. Please contact the platform."),
                              code="no_workflow")
    if work.workflow_in_progress:
        raise ValidationError(_("This listing is already waiting for review."), code="in_review")
    return workflow.start(work, user)


def work_withdraw(*, user, work: Work) -> Work:
    """Take a live listing out of the catalogue; it can be published again later."""
    if not rules.can_manage_listings(user, work.rights_holder):
        raise PermissionDenied
    if work.live:
        # rules.can_manage_listings has answered; Wagtail's own check knows only admin permissions.
        UnpublishAction(work, user=user).execute(skip_permission_checks=True)
    return work


def _cover_image(upload, work: Work, user):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    image = get_image_model()(title=str(work) or work.original_title, file=upload, uploaded_by_user=user,
                              collection=Collection.get_first_root_node())
    image.save()
    return image


def _listing_slug(work: Work) -> str:
    """From the first title in a Latin script: a title only in Chinese or
    Thai slugifies to nothing."""
    titles = [work.title_en, work.title_vi, work.title_ind, work.title_ms, work.title_fil, work.original_title]
    base = next((slug for slug in (slugify(t or "")[:100] for t in titles) if slug), "work")
    slug = base
    while Work.objects.filter(slug=slug).exclude(pk=work.pk).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    return slug


def work_review_state(work: Work) -> dict | None:
    """Where the listing stands in review, and what the editor said when they
    asked for changes: {"status": ..., "comment": ...}, or None if never sent."""
    state = work.workflow_states.order_by("-created_at").first()
    if state is None:
        return None
    task_state = state.current_task_state
    return {"status": state.status, "comment": (task_state.comment if task_state else "") or ""}
