from django.urls import path

from . import contract_views, views

urlpatterns = [
    path("deals/inquire/<id:line_id>/", views.inquiry_new, name="deal-inquiry-new"),
    path("deals/instant/<id:line_id>/", views.instant_accept, name="deal-instant-accept"),
    path("deals/<id:deal_id>/", views.room, name="deal-room"),
    path("deals/<id:deal_id>/messages/", views.message_new, name="deal-message-new"),
    path("deals/<id:deal_id>/offer/", views.offer_new, name="deal-offer-new"),
    path("deals/<id:deal_id>/accept/", views.offer_accept, name="deal-accept"),
    path("deals/<id:deal_id>/decline/", views.deal_decline, name="deal-decline"),
    path("deals/<id:deal_id>/withdraw/", views.deal_withdraw, name="deal-withdraw"),
    path("deals/<id:deal_id>/mediation/", views.mediation_request, name="deal-mediation-request"),
    path("deals/<id:deal_id>/mediation/join/", views.mediation_join, name="deal-mediation-join"),
    path("deals/attachments/<id:attachment_id>/", views.attachment_download, name="deal-attachment"),
    path("deals/<id:deal_id>/contract/", contract_views.contract_new, name="contract-new"),
    path("contracts/verify/", contract_views.verify, name="contract-verify"),
    path("contracts/<id:contract_id>/", contract_views.contract_page, name="contract"),
    path("contracts/<id:contract_id>/document/", contract_views.contract_document, name="contract-document"),
    path("contracts/<id:contract_id>/sealed/", contract_views.contract_document, {"sealed": True},
         name="contract-sealed"),
    path("contracts/<id:contract_id>/send/", contract_views.contract_send, name="contract-send"),
    path("contracts/<id:contract_id>/sign/", contract_views.contract_sign, name="contract-sign"),
    path("contracts/<id:contract_id>/terminate/", contract_views.contract_terminate, name="contract-terminate"),
    path("workspace/deals/", views.pipeline, name="deal-pipeline"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read/", views.notifications_read, name="notifications-read"),
    path("notifications/<id:notification_id>/", views.notification_open, name="notification-open"),
]
