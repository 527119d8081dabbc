"""What other apps may listen to. Grants are written in bulk (no per-row
save signals), so the deals send one signal per change of availability;
the search engine re-indexes those works on it."""
from django.dispatch import Signal

grants_changed = Signal()  # kwargs: work_ids
