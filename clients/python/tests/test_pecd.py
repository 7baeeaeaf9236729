"""Walks an activation, and watches and resumes the change feed, through the generated stubs
against a live pecd (ordine "PY")."""

import importlib.util
import time
import uuid
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

import pecd_client
import pecd_client.v1
from pecd_client.v1 import (
    activation_service_pb2,
    activation_service_pb2_grpc,
    event_service_pb2,
    event_service_pb2_grpc,
    mailbox_service_pb2,
    mailbox_service_pb2_grpc,
    registry_service_pb2,
    registry_service_pb2_grpc,
    resources_pb2,
)

ORDINE_CODE = "PY"
GIVEN_NAME, FAMILY_NAME = "Paola", "Bianchi"
CODICE_FISCALE = "BNCPLA85C54L219O"
EXPECTED_ADDRESS = f"{GIVEN_NAME}.{FAMILY_NAME}@tsrm-pstrp.org".lower()
BAD_CODICE_FISCALE = "RSSMRA80A01H501X"  # wrong check character

TIMEOUT = 10  # seconds, per call
WATCH_TIMEOUT = 15  # seconds, per watch: the awaited event must come within it


def _call(what, method, request):
    """Calls ``method``; on failure, fails the test with the decoded error details."""
    try:
        return method(request, timeout=TIMEOUT)
    except grpc.RpcError as err:
        d = pecd_client.error_details(err)
        pytest.fail(f"{what}: {d.code.name} {d.reason}: {d.message} / {d.message_it}", pytrace=False)


def _member(personal_email: str) -> resources_pb2.Member:
    """The test's member (Paola Bianchi, Ordine PY) with the given personal email."""
    return resources_pb2.Member(
        codice_fiscale=CODICE_FISCALE,
        given_name=GIVEN_NAME,
        family_name=FAMILY_NAME,
        ordine_code=ORDINE_CODE,
        albo=resources_pb2.ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA,
        registration_number="PY-0001",
        personal_email=personal_email,
        register_status=resources_pb2.REGISTER_STATUS_ACTIVE,
    )


@pytest.fixture(scope="module")
def ordine(admin_channel) -> registry_service_pb2.CreateOrdineResponse:
    """Admin records Ordine PY, once for the tests that need it, whichever runs first."""
    return _call(
        "CreateOrdine (the test needs a pecd without Ordine PY, e.g. a fresh data dir)",
        registry_service_pb2_grpc.RegistryServiceStub(admin_channel).CreateOrdine,
        registry_service_pb2.CreateOrdineRequest(
            request_id=str(uuid.uuid4()),
            ordine=resources_pb2.Ordine(
                code=ORDINE_CODE,
                name="Ordine TSRM e PSTRP (client Python)",
                pec_address="py@pec.tsrm.org",
                adheres_to_convention=True,
                convention_since="2024-01-01",
            ),
        ),
    )


def _first_event(stub, request, wanted, what):
    """Opens WatchEvents with ``request``, skips heartbeats and the events for which
    ``wanted(event)`` is false, and returns the first wanted event; the stream is then
    cancelled. Fails the test when none comes within WATCH_TIMEOUT seconds."""
    stream = stub.WatchEvents(request, timeout=WATCH_TIMEOUT)
    try:
        for message in stream:
            if message.HasField("event") and wanted(message.event):
                return message.event
    except grpc.RpcError as err:
        d = pecd_client.error_details(err)
        if d.code == grpc.StatusCode.DEADLINE_EXCEEDED:
            pytest.fail(f"{what}: not within {WATCH_TIMEOUT} s", pytrace=False)
        pytest.fail(f"{what}: {d.code.name} {d.reason}: {d.message}", pytrace=False)
    finally:
        stream.cancel()
    pytest.fail(f"{what}: the stream ended first", pytrace=False)


def _nanos(timestamp) -> int:
    return timestamp.ToNanoseconds()


def test_installed_package_ships_typed_stubs():
    package_dir = Path(pecd_client.v1.__file__).parent
    for name in ("resources_pb2.pyi", "activation_service_pb2.pyi"):
        assert (package_dir / name).is_file(), name
    assert (Path(pecd_client.__file__).parent / "py.typed").is_file()


def test_installs_no_top_level_package_but_pecd_client():
    # The generated modules used to be a bare `pec` package, which could collide with others.
    assert importlib.util.find_spec("pec") is None
    assert importlib.util.find_spec("pec_client") is None
    # Enums are module attributes of the generated modules, next to their messages.
    assert resources_pb2.MAILBOX_STATE_ATTIVO == resources_pb2.MailboxState.Value("MAILBOX_STATE_ATTIVO")


def test_connect_rejects_bad_keys():
    with pytest.raises(ValueError):
        pecd_client.connect("localhost:1", "key with spaces", tls=False)
    with pytest.raises(ValueError):
        pecd_client.connect("localhost:1", "", tls=False)


def test_health_serving(anonymous_channel):
    stub = health_pb2_grpc.HealthStub(anonymous_channel)
    response = stub.Check(health_pb2.HealthCheckRequest(), timeout=TIMEOUT)
    assert response.status == health_pb2.HealthCheckResponse.SERVING


def test_call_without_key_is_unauthenticated(anonymous_channel):
    stub = registry_service_pb2_grpc.RegistryServiceStub(anonymous_channel)
    with pytest.raises(grpc.RpcError) as raised:
        stub.ListOrdini(registry_service_pb2.ListOrdiniRequest(), timeout=TIMEOUT)
    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
    details = pecd_client.error_details(raised.value)
    assert details.code == grpc.StatusCode.UNAUTHENTICATED
    assert details.reason == "UNAUTHENTICATED_KEY"
    assert details.error_info.domain == pecd_client.ERROR_DOMAIN
    assert details.message_it


def test_activation_walkthrough(ordine, admin_channel, albo_channel):
    albo_registry = registry_service_pb2_grpc.RegistryServiceStub(albo_channel)
    admin_activation = activation_service_pb2_grpc.ActivationServiceStub(admin_channel)
    albo_activation = activation_service_pb2_grpc.ActivationServiceStub(albo_channel)
    admin_mailbox = mailbox_service_pb2_grpc.MailboxServiceStub(admin_channel)

    # c. admin records the Ordine.
    created = ordine
    assert created.ordine.code == ORDINE_CODE
    assert created.ordine.adheres_to_convention

    # d. albo registers the member.
    upserted = _call(
        "UpsertMember",
        albo_registry.UpsertMember,
        registry_service_pb2.UpsertMemberRequest(member=_member("paola.bianchi@example.com")),
    )
    assert upserted.member.codice_fiscale == CODICE_FISCALE

    # e. admin requests the mailbox.
    requested = _call(
        "CreateActivationRequest",
        admin_activation.CreateActivationRequest,
        activation_service_pb2.CreateActivationRequestRequest(
            request_id=str(uuid.uuid4()), codice_fiscale=CODICE_FISCALE
        ),
    )
    request_id = requested.activation_request.id
    assert request_id
    assert requested.activation_request.mailbox_address == EXPECTED_ADDRESS

    # f. albo polls the member's "Richieste PEC" until the worker has created the mailbox.
    deadline = time.monotonic() + 30
    assignments = []
    while True:
        listed = _call(
            "ListAssignments",
            albo_activation.ListAssignments,
            activation_service_pb2.ListAssignmentsRequest(codice_fiscale=CODICE_FISCALE),
        )
        assignments = list(listed.assignments)
        if assignments or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert assignments, "no assignment appeared within 30 s"
    assignment = assignments[0]
    assert assignment.activation_request_id == request_id
    assert assignment.ordine_code == ORDINE_CODE
    assert assignment.mailbox_address == EXPECTED_ADDRESS

    # g. albo accepts it on the member's behalf.
    accepted = _call(
        "AcceptAssignment",
        albo_activation.AcceptAssignment,
        activation_service_pb2.AcceptAssignmentRequest(
            activation_request_id=assignment.activation_request_id,
            codice_fiscale=CODICE_FISCALE,
        ),
    )
    assert accepted.activation_request.state == resources_pb2.ACTIVATION_STATE_ACCETTATA

    # h. admin sees the mailbox ATTIVO.
    mailbox = _call(
        "GetMailbox",
        admin_mailbox.GetMailbox,
        mailbox_service_pb2.GetMailboxRequest(address=assignment.mailbox_address),
    ).mailbox
    assert mailbox.address == EXPECTED_ADDRESS
    assert mailbox.state == resources_pb2.MAILBOX_STATE_ATTIVO
    assert mailbox.codice_fiscale == CODICE_FISCALE
    assert mailbox.ordine_code == ORDINE_CODE


def test_field_violation_has_rich_details(albo_channel):
    stub = activation_service_pb2_grpc.ActivationServiceStub(albo_channel)
    with pytest.raises(grpc.RpcError) as raised:
        stub.ListAssignments(
            activation_service_pb2.ListAssignmentsRequest(codice_fiscale=BAD_CODICE_FISCALE),
            timeout=TIMEOUT,
        )
    details = pecd_client.error_details(raised.value)
    assert details.code == grpc.StatusCode.INVALID_ARGUMENT
    assert details.reason == "INVALID_FIELDS"
    assert details.error_info.domain == pecd_client.ERROR_DOMAIN
    violations = details.violations_for("codice_fiscale")
    assert violations, f"no codice_fiscale violation in {details.field_violations}"
    assert violations[0].description
    localized = details.localized_message("it-IT")
    assert localized is not None and localized.locale == "it-IT"
    # One sentence a front end can show as it is: no field names, no joined fragments.
    assert "codice_fiscale" not in localized.message and "; " not in localized.message
    assert localized.message[0].isupper() and localized.message.endswith(".")
    assert details.message_it == localized.message


def test_watch_and_resume_the_change_feed(ordine, admin_channel):
    """Watches Ordine PY's member events, keeps a cursor, and resumes after it."""
    registry = registry_service_pb2_grpc.RegistryServiceStub(admin_channel)
    feed = event_service_pb2_grpc.EventServiceStub(admin_channel)
    kinds = [event_service_pb2.EVENT_KIND_MEMBER_CREATED, event_service_pb2.EVENT_KIND_MEMBER_UPDATED]
    tag = uuid.uuid4().hex[:8]

    # a. Upsert the member with a personal email never used before: this always writes an
    # event (MEMBER_CREATED when this test runs first, MEMBER_UPDATED after the walkthrough).
    first = _call(
        "UpsertMember",
        registry.UpsertMember,
        registry_service_pb2.UpsertMemberRequest(
            request_id=str(uuid.uuid4()), member=_member(f"paola.bianchi.{tag}.a@example.com")
        ),
    )
    first_kind = (
        event_service_pb2.EVENT_KIND_MEMBER_CREATED
        if first.created
        else event_service_pb2.EVENT_KIND_MEMBER_UPDATED
    )

    # b. Watch from the oldest event held, the Ordine's member events only, up to the event of
    # that upsert (the member's events in the feed before it, if any, are older than its
    # update_time); keep its cursor.
    c1_event = _first_event(
        feed,
        event_service_pb2.WatchEventsRequest(from_oldest=True, kinds=kinds, ordine_code=ORDINE_CODE),
        lambda e: e.resource_id == CODICE_FISCALE
        and e.kind == first_kind
        and _nanos(e.time) >= _nanos(first.member.update_time),
        "the event of the first upsert",
    )
    c1 = c1_event.cursor
    assert c1
    assert c1_event.ordine_code == ORDINE_CODE
    assert c1_event.WhichOneof("resource") == "member"
    assert c1_event.member.codice_fiscale == CODICE_FISCALE

    # c. Change the member again, while nobody watches.
    new_email = f"paola.bianchi.{tag}.c@example.com"
    second = _call(
        "UpsertMember (again)",
        registry.UpsertMember,
        registry_service_pb2.UpsertMemberRequest(
            request_id=str(uuid.uuid4()), member=_member(new_email)
        ),
    )
    assert not second.created
    assert second.member.personal_email == new_email

    # d. Resume after C1 with the same filters: the first event is that change.
    resumed = _first_event(
        feed,
        event_service_pb2.WatchEventsRequest(cursor=c1, kinds=kinds, ordine_code=ORDINE_CODE),
        lambda e: True,
        "the first event after the cursor",
    )
    assert resumed.kind == event_service_pb2.EVENT_KIND_MEMBER_UPDATED
    assert resumed.resource_id == CODICE_FISCALE
    assert resumed.cursor and resumed.cursor != c1
    assert resumed.ordine_code == ORDINE_CODE
    assert resumed.previous_ordine_code == ""
    assert resumed.WhichOneof("resource") == "member"
    assert resumed.member.codice_fiscale == CODICE_FISCALE
    assert resumed.member.personal_email == new_email
    assert _nanos(resumed.time) >= _nanos(second.member.update_time)
    assert resumed.actor_key_id and resumed.actor_key_id == c1_event.actor_key_id
