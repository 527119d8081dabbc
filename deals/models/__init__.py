"""Deals' rows, one module per part of the trade."""
from .contracts import Contract, ContractParty, Signature
from .grants import Grant, GrantOverride
from .log import DealEvent, LogHead
from .negotiation import (
    PERCENT,
    Attachment,
    BookFormat,
    Channel,
    Deal,
    Message,
    Offer,
    ReadMark,
    RoyaltyTier,
    Scope,
)
from .notifications import Notification

__all__ = ["PERCENT", "Attachment", "BookFormat", "Channel", "Contract", "ContractParty", "Deal", "DealEvent",
           "Grant", "GrantOverride", "LogHead", "Message", "Notification", "Offer", "ReadMark", "RoyaltyTier", "Scope",
           "Signature"]
