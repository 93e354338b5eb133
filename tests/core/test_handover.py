"""What a second launch asks of the open window, both ways over the wire (issue 17, point 4)."""

import json

import pytest

from mat_companion.core.handover import Handover, handover_kind, handover_request


@pytest.mark.parametrize("kind", list(Handover))
def test_each_request_reads_back_as_sent(kind: Handover) -> None:
    sent = json.loads(json.dumps(handover_request(kind)))  # as the socket carries it
    assert handover_kind(sent) is kind


@pytest.mark.parametrize(
    ("request_", "kind"),
    [
        ({}, Handover.SHOW),
        ({"start_session": False}, Handover.SHOW),  # a plain second launch of an older version
        ({"start_session": True}, Handover.START_SESSION),
        ({"quit": True}, Handover.QUIT),
        ({"quit": True, "start_session": True}, Handover.QUIT),
        ({"quit": "yes"}, Handover.SHOW),  # only true itself asks
        ({"start_session": 1}, Handover.SHOW),
        ({"something": "new"}, Handover.SHOW),
    ],
)
def test_what_a_request_asks_for(request_: dict[str, object], kind: Handover) -> None:
    assert handover_kind(request_) is kind
