from django.urls import path

from . import listings, views

urlpatterns = [
    path("workspace/", views.dashboard, name="workspace"),
    path("workspace/organisations/new/", views.organization_new, name="workspace-organization-new"),
    path("workspace/acting/", views.act_for, name="workspace-act-for"),
    path("workspace/invitations/", views.invite, name="workspace-invite"),
    path("workspace/papers/", views.paper_upload, name="workspace-paper-upload"),
    path("workspace/verification/", views.verification_request, name="workspace-verification-request"),
    path("workspace/members/<id:membership_id>/role/", views.membership_role, name="workspace-member-role"),
    path("workspace/members/<id:membership_id>/remove/", views.membership_remove, name="workspace-member-remove"),
    path("workspace/listings/new/", listings.listing_edit, name="workspace-listing-new"),
    path("workspace/listings/<id:work_id>/", listings.listing_edit, name="workspace-listing-edit"),
    path("workspace/listings/<id:work_id>/preview/", listings.listing_preview, name="workspace-listing-preview"),
    path("workspace/listings/<id:work_id>/submit/", listings.listing_submit, name="workspace-listing-submit"),
    path("workspace/listings/<id:work_id>/withdraw/", listings.listing_withdraw, name="workspace-listing-withdraw"),
    path("invitations/<str:token>/", views.invitation, name="invitation-accept"),
    path("organisations/<slug:slug>/", views.organization_profile, name="organization-profile"),
]
