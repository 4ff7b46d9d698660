"""Amazon SNS subscriptions of HTTP/HTTPS endpoints and email addresses, through boto3 and the AWS CLI: confirmation by
the SubscribeURL, by ConfirmSubscription and by `aws sns confirm-subscription`; notifications with SNS's headers and
JSON, raw delivery, MessageStructure=json, filter policies; retries by the delivery policy, a 404 that is not retried,
the dead-letter queue after spent retries; delivery policies (their checks and their Content-Type); email and
email-json through Stratus's local email outbox (GET/DELETE <endpoint>/_stratus/sns/emails); and AWS's answers to bad
input. The HTTP endpoint is a real HTTP server (python's http.server) listening on 127.0.0.1 in this process, which
records what SNS posts and answers with the statuses a test gives it.

Sources of the expected answers (cited beside each assertion):
  [LS-sns]      LocalStack's AWS-recorded snapshots tests/aws/services/sns/test_sns.snapshot.json and the requests in
                tests/aws/services/sns/test_sns.py that produced them (github.com/localstack/localstack):
                TestSNSSubscriptionHttp::test_subscribe_external_http_endpoint[True|False] (recorded 2023-10),
                ::test_subscribe_external_http_endpoint_content_type[True|False] (2024-10),
                ::test_subscribe_external_http_endpoint_lambda_url_sig_validation (2025-01),
                ::test_http_subscription_response (2024-05), TestSNSSubscriptionCrud::test_sns_confirm_subscription_
                wrong_token (2025-10), ::test_validate_set_sub_attributes (2025-10), TestSNSTopicCrud::
                test_topic_delivery_policy_crud (2024-10), TestSNSSubscriptionSQS::test_redrive_policy_sqs_queue_
                subscription[True|False] (2023-08)
  [Ballerina]   ballerina-platform/module-ballerinax-aws.sns, ballerina/tests/subscription-tests.bal and
                topics-tests.bal: assertions on the answers of a real AWS account (482724125666): "pending confirmation",
                "PendingConfirmation" in ListSubscriptionsByTopic, "Invalid parameter: Email address", "Invalid
                parameter: Attributes Reason: Delivery protocol [email] does not support raw message delivery.",
                "Invalid token" for a 287-hex-digit token, "Invalid parameter: Attributes Reason: DeliveryPolicy:
                http.defaultHealthyRetryPolicy.numRetries must be less than or equal to 100" from CreateTopic
  [Issue-endpoint] argoproj/argo-events#414 (2019): AWS's "InvalidParameter: Invalid parameter: Endpoint must match
                the specified protocol", status 400, for an https:// endpoint subscribed with protocol http
  [Quoted-throttle] a SetTopicAttributes error quoted in a public jest test (code index file 49558554929):
                "Invalid parameter: DeliveryPolicy: Unexpected JSON member: throttlePolicy"
  [EA-WP]       EnhancedAthlete/EA-WP-AWS-SNS-Client-REST-Endpoint tests/AjaxTest.php: AWS's XML ErrorResponse
                (Sender, InvalidParameter, "Invalid parameter: Token", HTTP 400) to a GET of a stale SubscribeURL
  [Docs-headers] SNS Developer Guide "HTTP/HTTPS headers": x-amz-sns-message-type (SubscriptionConfirmation,
                Notification, UnsubscribeConfirmation), x-amz-sns-message-id ("for a notification that Amazon SNS
                resends during a retry, the message ID of the original message is used"), x-amz-sns-topic-arn,
                x-amz-sns-subscription-arn; Content-Type text/plain; charset=UTF-8 unless headerContentType says
                otherwise; User-Agent "Amazon Simple Notification Service Agent"
  [Docs-confirm] "HTTP/HTTPS subscription confirmation JSON format" (keys and their order in its example, the
                Message text); [Docs-notification] "HTTP/HTTPS notification JSON format"; [Docs-unsubscribe]
                "HTTP/HTTPS unsubscribe confirmation JSON format" (sent after an endpoint is unsubscribed; its Message
                "You have chosen to deactivate subscription <arn>.\\nTo cancel this operation and restore the
                subscription, visit the SubscribeURL included in this message.")
  [Docs-retries] "Amazon SNS message delivery retries": only HTTP/S takes custom delivery policies; four phases, the
                immediate one "without delay"; default three retries 20 seconds apart; total retry time at most 3,600 s
  [Docs-API]    the SNS API reference in botocore 1.43's model: Subscribe's ReturnSubscriptionArn; RawMessageDelivery
                "to Amazon SQS or HTTP/S endpoints"; RedrivePolicy holds messages that fail "due to client errors (for
                example, when the subscribed endpoint is unreachable) or server errors"; ConfirmationWasAuthenticated
                "true if the subscription confirmation request was authenticated"; PendingConfirmation; GetTopicAttributes
                SubscriptionsConfirmed/SubscriptionsPending; ConfirmSubscription's AuthenticateOnUnsubscribe ("the
                unsubscribe action requires Amazon Web Services authentication"); Publish MessageStructure json keys
                per protocol ("e.g., "http"")

Where no AWS answer is known the test asserts the error code and HTTP status only and says that the message is
Stratus's own wording. The email outbox (/_stratus/sns/emails) is Stratus's own: its shape is asserted as Stratus
documents it. A test marked xfail(strict=True) asserts AWS's answer where Stratus answers differently.
"""
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import ACCOUNT, allow_service, cli_failed, cli_ok, ENDPOINT, expect_error, REGION, unique_name

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# [Docs-confirm], [Docs-unsubscribe]: the keys of a SubscriptionConfirmation / UnsubscribeConfirmation, in order.
CONFIRMATION_KEYS = ["Type", "MessageId", "Token", "TopicArn", "Message", "SubscribeURL", "Timestamp", "SignatureVersion",
                     "Signature", "SigningCertURL"]
# [Docs-notification]; [LS-sns] every recorded SQS delivery of a standard topic keeps this order.
NOTIFICATION_KEYS = ["Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature",
                     "SigningCertURL", "UnsubscribeURL", "MessageAttributes"]
TEXT_PLAIN = "text/plain; charset=UTF-8"
AGENT = "Amazon Simple Notification Service Agent"
# [LS-sns] test_create_topic_test_arn and test_subscribe_external_http_endpoint_content_type "sub-attrs".
DEFAULT_RETRY = {"minDelayTarget": 20, "maxDelayTarget": 20, "numRetries": 3, "numMaxDelayRetries": 0,
                 "numNoDelayRetries": 0, "numMinDelayRetries": 0, "backoffFunction": "linear"}
# [LS-sns] test_sns_confirm_subscription_wrong_token: a well-formed token (288 hex digits) that AWS never issued.
UNKNOWN_TOKEN = ("51b2ff3edb475b7d91550e0ab6edf0c1de2a34e6ebaf6c2262a001bcb7e051c43aa00022ceecce70bd2a67b2042da8d8eb47fef7a4e4e942"
                 "d23e7fa56146b9ee35da040b4b8af564cc4184a7391c834cb75d75c22981f776ad1ce8805e9bab29da2329985337bb8095627907b46c85"
                 "77c8440556b6f86582a954758026f41fc62041c4b3f67b0f5921232b5dae5aaca1")
# [Ballerina] confirmSubscriptionWithInvalidTokenTest: a real token with one digit dropped (287 hex digits).
TRUNCATED_TOKEN = ("2336412f37fb687fd51e6e2425c464cefc6029303415bf22f632d6c1109584e3a0c5a9cb81735ec0ba6302001ae62e84c830f41c6cae9c7ee"
                   "ea0532b02990b572d9105532fe2ee1e97e3e06eb4b7931171f38d544f59f1077fe3dba807e1b570e992ebd62fef0677d928fafd61cf2a3"
                   "b91e511bf54e99ae3270528fbd38b10709758e4c1d77ff77bbc7d460ef177618")
SNS_XMLNS = "{http://sns.amazonaws.com/doc/2010-03-31/}"
EMAILS = ENDPOINT + "/_stratus/sns/emails"


# -------------------------------------------------------------------------------------------------
# Fixtures and helpers
# -------------------------------------------------------------------------------------------------


@pytest.fixture
def topics(sns):
    """Creates topics; deletes them (and so their subscriptions) afterwards."""
    created = []

    def _make(prefix="endpoints", **kwargs):
        name = unique_name(prefix) + (".fifo" if kwargs.get("Attributes", {}).get("FifoTopic") == "true" else "")
        arn = sns.create_topic(Name=name, **kwargs)["TopicArn"]
        created.append(arn)
        return arn

    yield _make
    for arn in created:
        try:
            sns.delete_topic(TopicArn=arn)
        except Exception:
            pass


class Received:
    """One request the endpoint received: method, path, headers (names in lower case), body."""

    def __init__(self, method, path, headers, body):
        self.method, self.path, self.headers, self.body = method, path, headers, body
        self.at = time.monotonic()

    @property
    def type(self):
        return self.headers.get("x-amz-sns-message-type")

    @property
    def json(self):
        return json.loads(self.body)

    def __repr__(self):
        return f"Received({self.method} {self.path} {self.type} {self.body[:120]!r})"


class Endpoint:
    """A real HTTP endpoint on 127.0.0.1: records every request; answers each with the next of `statuses`, then with
    `status`. It answers HTTP/1.0 (one request a connection), so once closed nothing of it answers any more."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        self.status = 200
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                with outer._lock:
                    status = outer.statuses.pop(0) if outer.statuses else outer.status
                    outer.requests.append(Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_PUT = do_POST

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sns/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def of(self, kind=None):
        with self._lock:
            return [r for r in self.requests if kind is None or r.type == kind]

    def wait_for(self, count, kind=None, timeout=5):
        """The requests (of `kind`) once there are at least `count` of them; fails after `timeout` seconds."""
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            got = self.of(kind)
            if len(got) >= count:
                return got
            time.sleep(0.05)
        raise AssertionError(f"expected {count} {kind or 'request'}(s) at {self.url}, got {self.of()}")

    def more_than(self, count, kind=None, wait=1.0):
        """Waits `wait` seconds, then answers the requests (of `kind`) beyond the first `count`: [] when none came."""
        time.sleep(wait)
        return self.of(kind)[count:]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoints():
    made = []

    def _make():
        e = Endpoint()
        made.append(e)
        return e

    yield _make
    for e in made:
        try:
            e.close()
        except Exception:
            pass


def http(method, url):
    """An unsigned request (as a browser or curl makes it): (status, Content-Type, body)."""
    request = urllib.request.Request(url, method=method, data=b"{}" if method in ("POST", "PUT", "PATCH") else None)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def xml_error(body):
    """(Type, Code, Message) of an SNS XML ErrorResponse."""
    root = ET.fromstring(body)
    assert root.tag == SNS_XMLNS + "ErrorResponse", body
    error = root.find(SNS_XMLNS + "Error")
    return tuple(error.findtext(SNS_XMLNS + k) for k in ("Type", "Code", "Message"))


def confirm_by_url(url):
    """GETs a SubscribeURL; answers the SubscriptionArn of the XML ConfirmSubscriptionResponse."""
    status, _, body = http("GET", url)
    assert status == 200, body
    root = ET.fromstring(body)
    assert root.tag == SNS_XMLNS + "ConfirmSubscriptionResponse", body
    return root.find(f"{SNS_XMLNS}ConfirmSubscriptionResult/{SNS_XMLNS}SubscriptionArn").text


def subscribe_http(sns, topic_arn, endpoint, **attributes):
    """Subscribes the endpoint (asking for the pending ARN); answers (ARN, the SubscriptionConfirmation it received)."""
    kwargs = {"Attributes": attributes} if attributes else {}
    arn = sns.subscribe(TopicArn=topic_arn, Protocol="http", Endpoint=endpoint.url, ReturnSubscriptionArn=True, **kwargs)["SubscriptionArn"]
    [confirmation] = endpoint.wait_for(1, "SubscriptionConfirmation")
    return arn, confirmation


def confirmed_http(sns, topic_arn, endpoint, **attributes):
    arn, confirmation = subscribe_http(sns, topic_arn, endpoint, **attributes)
    assert confirm_by_url(confirmation.json["SubscribeURL"]) == arn
    return arn


def service_url(subscribe_url):
    """The SNS endpoint a SubscribeURL points at (what precedes "/?Action=")."""
    return subscribe_url.rsplit("/", 1)[0]


def dead_letter_queue(sqs, make_queue, topic_arn):
    """A queue SNS may send to (its policy lets sns.amazonaws.com SendMessage, as AWS requires); (url, arn)."""
    url = make_queue("sns-dlq")
    return url, allow_service(sqs, url, "sns.amazonaws.com", topic_arn)


def receive_one(sqs, url, timeout=8):
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        messages = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1, MessageAttributeNames=["All"]).get("Messages", [])
        if messages:
            assert len(messages) == 1, messages
            return messages[0]
    raise AssertionError(f"nothing reached {url}")


def emails(address=None):
    status, content_type, body = http("GET", EMAILS + ("?" + urllib.parse.urlencode({"address": address}) if address is not None else ""))
    assert (status, content_type) == (200, "application/json"), body
    return json.loads(body)["Emails"]


def wait_emails(address, count, timeout=5):
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        got = emails(address)
        if len(got) >= count:
            return got
        time.sleep(0.05)
    raise AssertionError(f"expected {count} email(s) to {address}, got {emails(address)}")


def clear_emails(address):
    status, _, body = http("DELETE", EMAILS + "?" + urllib.parse.urlencode({"address": address}))
    assert status == 200, body
    return json.loads(body)["Deleted"]


def address(prefix="someone"):
    return f"{prefix}-{uuid.uuid4().hex[:10]}@example.com"


def sns_headers(request):
    return {k: v for k, v in request.headers.items() if k.startswith("x-amz-sns-")}


def assert_confirmation(request, topic_arn):
    """A SubscriptionConfirmation POST as AWS sends it; answers its JSON."""
    body = request.json
    # [Docs-headers]; [LS-sns] test_subscribe_external_http_endpoint "http-confirm-sub-headers": no subscription ARN yet.
    assert request.method == "POST"
    assert sns_headers(request) == {"x-amz-sns-message-type": "SubscriptionConfirmation", "x-amz-sns-message-id": body["MessageId"],
                                    "x-amz-sns-topic-arn": topic_arn}
    assert request.headers["content-type"] == TEXT_PLAIN
    assert request.headers["user-agent"] == AGENT
    # [Docs-confirm]: the keys in this order; [LS-sns] "subscription-confirmation": the Message, the SubscribeURL.
    assert list(body) == CONFIRMATION_KEYS, body
    assert body["Type"] == "SubscriptionConfirmation"
    assert UUID.fullmatch(body["MessageId"])
    assert body["TopicArn"] == topic_arn
    assert body["Message"] == (f"You have chosen to subscribe to the topic {topic_arn}.\n"
                               "To confirm the subscription, visit the SubscribeURL included in this message.")
    assert re.fullmatch(r"[0-9a-f]+", body["Token"]), body["Token"]
    assert body["SubscribeURL"] == (f"{service_url(body['SubscribeURL'])}/?Action=ConfirmSubscription&TopicArn={topic_arn}"
                                    f"&Token={body['Token']}")
    assert TIMESTAMP.fullmatch(body["Timestamp"]), body["Timestamp"]
    assert body["SignatureVersion"] == "1"
    assert "/SimpleNotificationService-" in body["SigningCertURL"] and body["SigningCertURL"].endswith(".pem")
    return body


def assert_notification(request, topic_arn, subscription_arn, message_id, message, subject=None, attributes=None,
                        content_type=TEXT_PLAIN):
    """A Notification POST (not raw) as AWS sends it; answers its JSON."""
    body = request.json
    # [Docs-headers]; [LS-sns] test_subscribe_external_http_endpoint[False] "http-message-headers".
    assert sns_headers(request) == {"x-amz-sns-message-type": "Notification", "x-amz-sns-message-id": message_id,
                                    "x-amz-sns-topic-arn": topic_arn, "x-amz-sns-subscription-arn": subscription_arn}
    assert request.headers["content-type"] == content_type
    assert request.headers["user-agent"] == AGENT
    # [Docs-notification]; [LS-sns] "http-message": Subject and MessageAttributes only when the message has them.
    keys = [k for k in NOTIFICATION_KEYS if (k != "Subject" or subject is not None) and (k != "MessageAttributes" or attributes)]
    assert list(body) == keys, body
    assert (body["Type"], body["MessageId"], body["TopicArn"], body["Message"]) == ("Notification", message_id, topic_arn, message)
    if subject is not None:
        assert body["Subject"] == subject
    if attributes:
        assert body["MessageAttributes"] == attributes
    assert TIMESTAMP.fullmatch(body["Timestamp"]), body["Timestamp"]
    assert body["SignatureVersion"] == "1"
    assert body["UnsubscribeURL"] == f"{service_url(body['UnsubscribeURL'])}/?Action=Unsubscribe&SubscriptionArn={subscription_arn}"
    return body


# -------------------------------------------------------------------------------------------------
# HTTP/HTTPS subscriptions: confirmation, notification, unsubscription
# -------------------------------------------------------------------------------------------------

def test_http_subscription_is_confirmed_by_its_subscribe_url_then_notified_until_unsubscribed(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    # [LS-sns] test_http_subscription_response "subscription"; [Ballerina] subscribeWithoutReturnArnTest.
    assert sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=endpoint.url)["SubscriptionArn"] == "pending confirmation"
    [request] = endpoint.wait_for(1, "SubscriptionConfirmation")
    confirmation = assert_confirmation(request, topic)
    assert request.path == "/sns/hook"

    # [Ballerina] listSubscriptionsByTopicTest: a pending subscription is listed as "PendingConfirmation".
    [listed] = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
    assert listed == {"SubscriptionArn": "PendingConfirmation", "Owner": ACCOUNT, "Protocol": "http", "Endpoint": endpoint.url,
                      "TopicArn": topic}
    everything = [s for s in sns.list_subscriptions()["Subscriptions"] if s["TopicArn"] == topic]
    assert [s["SubscriptionArn"] for s in everything] == ["PendingConfirmation"]
    # [Docs-API] GetTopicAttributes: SubscriptionsPending counts the subscriptions pending confirmation.
    attrs = sns.get_topic_attributes(TopicArn=topic)["Attributes"]
    assert (attrs["SubscriptionsConfirmed"], attrs["SubscriptionsPending"]) == ("0", "1")

    # [Docs-confirm]: nothing is delivered to an unconfirmed endpoint.
    sns.publish(TopicArn=topic, Message="too early")
    assert endpoint.more_than(0, "Notification") == []

    # [LS-sns] test_subscribe_external_http_endpoint "confirm-subscribe": an unsigned GET of the SubscribeURL answers the
    # XML ConfirmSubscriptionResponse; a second one answers the same (confirming is idempotent).
    arn = confirm_by_url(confirmation["SubscribeURL"])
    assert arn.startswith(topic + ":") and UUID.fullmatch(arn.rsplit(":", 1)[1])
    assert confirm_by_url(confirmation["SubscribeURL"]) == arn
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    # [Docs-API] PendingConfirmation; ConfirmationWasAuthenticated is true only for an authenticated (signed) confirmation.
    assert (sub["PendingConfirmation"], sub["ConfirmationWasAuthenticated"]) == ("false", "false")
    assert [s["SubscriptionArn"] for s in sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]] == [arn]
    attrs = sns.get_topic_attributes(TopicArn=topic)["Attributes"]
    assert (attrs["SubscriptionsConfirmed"], attrs["SubscriptionsPending"]) == ("1", "0")
    # The message published before the confirmation is not delivered after it either.
    assert endpoint.more_than(0, "Notification", wait=0.5) == []

    published = sns.publish(TopicArn=topic, Message="hello endpoint", Subject="greeting",
                            MessageAttributes={"color": {"DataType": "String", "StringValue": "red"},
                                               "size": {"DataType": "Number", "StringValue": "3"}})
    [notification] = endpoint.wait_for(1, "Notification")
    # [LS-sns] test_subscribe_external_http_endpoint[False] "http-message", "http-message-headers".
    body = assert_notification(notification, topic, arn, published["MessageId"], "hello endpoint", subject="greeting",
                               attributes={"color": {"Type": "String", "Value": "red"}, "size": {"Type": "Number", "Value": "3"}})
    assert notification.path == "/sns/hook"

    # [LS-sns] "unsubscribe-response": an unsigned GET of the UnsubscribeURL answers the XML UnsubscribeResponse.
    status, _, answer = http("GET", body["UnsubscribeURL"])
    assert status == 200, answer
    assert ET.fromstring(answer).tag == SNS_XMLNS + "UnsubscribeResponse"
    assert sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"] == []
    sns.publish(TopicArn=topic, Message="after unsubscribing")
    assert endpoint.more_than(1, "Notification") == []


def test_subscribing_a_pending_endpoint_again_gives_its_arn_when_asked(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    # [LS-sns] test_http_subscription_response: "pending confirmation", then the ARN with ReturnSubscriptionArn=true.
    assert sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=endpoint.url, ReturnSubscriptionArn=False)["SubscriptionArn"] \
        == "pending confirmation"
    arn = sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=endpoint.url, ReturnSubscriptionArn=True)["SubscriptionArn"]
    assert arn.startswith(topic + ":")
    assert len(sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]) == 1
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    # [LS-sns] test_subscribe_external_http_endpoint_content_type "sub-attrs": a pending http subscription's attributes.
    assert set(sub) == {"ConfirmationWasAuthenticated", "EffectiveDeliveryPolicy", "Endpoint", "Owner", "PendingConfirmation",
                        "Protocol", "RawMessageDelivery", "SubscriptionArn", "SubscriptionPrincipal", "TopicArn"}, sub
    assert (sub["PendingConfirmation"], sub["ConfirmationWasAuthenticated"], sub["RawMessageDelivery"]) == ("true", "false", "false")
    assert (sub["Protocol"], sub["Endpoint"], sub["TopicArn"], sub["Owner"]) == ("http", endpoint.url, topic, ACCOUNT)
    assert json.loads(sub["EffectiveDeliveryPolicy"]) == {"healthyRetryPolicy": DEFAULT_RETRY, "sicklyRetryPolicy": None,
                                                          "throttlePolicy": None, "requestPolicy": {"headerContentType": TEXT_PLAIN},
                                                          "guaranteed": False}
    # Every confirmation request carries a SubscribeURL that confirms this one subscription.
    requests = endpoint.wait_for(1, "SubscriptionConfirmation")
    assert confirm_by_url(requests[-1].json["SubscribeURL"]) == arn


def test_confirm_subscription_with_boto3_is_authenticated_and_idempotent(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn, request = subscribe_http(sns, topic, endpoint)
    token = request.json["Token"]
    # [LS-sns] test_subscribe_external_http_endpoint_lambda_url_sig_validation "confirm-subscription".
    assert sns.confirm_subscription(TopicArn=topic, Token=token)["SubscriptionArn"] == arn
    # [Docs-API] ConfirmationWasAuthenticated: this confirmation was signed.
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert (sub["PendingConfirmation"], sub["ConfirmationWasAuthenticated"]) == ("false", "true")
    assert sns.confirm_subscription(TopicArn=topic, Token=token)["SubscriptionArn"] == arn
    message_id = sns.publish(TopicArn=topic, Message="confirmed by boto3")["MessageId"]
    [notification] = endpoint.wait_for(1, "Notification")
    assert_notification(notification, topic, arn, message_id, "confirmed by boto3")


def test_confirm_subscription_with_the_aws_cli(sns, cli, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn, request = subscribe_http(sns, topic, endpoint)
    confirmed = cli_ok(cli("sns", "confirm-subscription", "--topic-arn", topic, "--token", request.json["Token"]))
    assert confirmed == {"SubscriptionArn": arn}
    assert sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]["PendingConfirmation"] == "false"
    # [LS-sns] test_sns_confirm_subscription_wrong_token "token-not-exists".
    cli_failed(cli("sns", "confirm-subscription", "--topic-arn", topic, "--token", UNKNOWN_TOKEN), "InvalidParameter",
           "ConfirmSubscription", "Invalid parameter: Token")


@pytest.mark.xfail(reason="GET of the UnsubscribeURL posts no UnsubscribeConfirmation to the endpoint", strict=True)
def test_unsubscribe_url_posts_an_unsubscribe_confirmation(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn = confirmed_http(sns, topic, endpoint)
    unsubscribe_url = f"{service_url(endpoint.of('SubscriptionConfirmation')[0].json['SubscribeURL'])}/?Action=Unsubscribe&SubscriptionArn={arn}"
    assert http("GET", unsubscribe_url)[0] == 200
    # [Docs-unsubscribe]; [LS-sns] test_subscribe_external_http_endpoint "unsubscribe-request" and
    # test_subscribe_external_http_endpoint_lambda_url_sig_validation "unsubscribe-event" (headers with the subscription ARN).
    [request] = endpoint.wait_for(1, "UnsubscribeConfirmation")
    body = request.json
    assert sns_headers(request) == {"x-amz-sns-message-type": "UnsubscribeConfirmation", "x-amz-sns-message-id": body["MessageId"],
                                    "x-amz-sns-topic-arn": topic, "x-amz-sns-subscription-arn": arn}
    assert list(body) == CONFIRMATION_KEYS, body
    assert body["Type"] == "UnsubscribeConfirmation"
    assert body["Message"] == (f"You have chosen to deactivate subscription {arn}.\n"
                               "To cancel this operation and restore the subscription, visit the SubscribeURL included in this message.")
    assert body["SubscribeURL"] == f"{service_url(body['SubscribeURL'])}/?Action=ConfirmSubscription&TopicArn={topic}&Token={body['Token']}"


@pytest.mark.xfail(reason="ConfirmSubscription's AuthenticateOnUnsubscribe is ignored: an unsigned UnsubscribeURL still unsubscribes",
                   strict=True)
def test_authenticate_on_unsubscribe_refuses_the_unsigned_unsubscribe_url(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn, request = subscribe_http(sns, topic, endpoint)
    sns.confirm_subscription(TopicArn=topic, Token=request.json["Token"], AuthenticateOnUnsubscribe="true")
    # [Docs-API] AuthenticateOnUnsubscribe: "The unsubscribe action requires Amazon Web Services authentication."
    # The error AWS answers is not known here: the test asks for a refusal and a subscription still there.
    status, _, _ = http("GET", f"{service_url(request.json['SubscribeURL'])}/?Action=Unsubscribe&SubscriptionArn={arn}")
    assert [s["SubscriptionArn"] for s in sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]] == [arn]
    assert status >= 400


# -------------------------------------------------------------------------------------------------
# Delivery: raw, MessageStructure, filter policies, Content-Type
# -------------------------------------------------------------------------------------------------

def test_raw_delivery_posts_the_message_itself(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn = confirmed_http(sns, topic, endpoint, RawMessageDelivery="true")
    message = '{"not": "wrapped"} \u00f6\u00a7 ' + "x" * 1000
    message_id = sns.publish(TopicArn=topic, Message=message, Subject="ignored when raw",
                             MessageAttributes={"color": {"DataType": "String", "StringValue": "red"}})["MessageId"]
    [request] = endpoint.wait_for(1, "Notification")
    # [LS-sns] test_subscribe_external_http_endpoint[True]: the body is the message; "http-message-headers-raw".
    assert request.body == message
    assert sns_headers(request) == {"x-amz-sns-message-type": "Notification", "x-amz-sns-message-id": message_id,
                                    "x-amz-sns-topic-arn": topic, "x-amz-sns-subscription-arn": arn, "x-amz-sns-rawdelivery": "true"}
    assert (request.headers["content-type"], request.headers["user-agent"]) == (TEXT_PLAIN, AGENT)


def test_message_structure_json_picks_the_http_key_else_default(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn = confirmed_http(sns, topic, endpoint)
    # [Docs-API] Publish MessageStructure: a top-level key per protocol ("e.g., "http""), else "default".
    first = sns.publish(TopicArn=topic, MessageStructure="json",
                        Message=json.dumps({"default": "the default", "http": "for http", "https": "for https", "email": "for email"}))
    [request] = endpoint.wait_for(1, "Notification")
    assert_notification(request, topic, arn, first["MessageId"], "for http")
    second = sns.publish(TopicArn=topic, MessageStructure="json",
                         Message=json.dumps({"default": "the default", "https": "for https", "email-json": "for email-json"}))
    request = endpoint.wait_for(2, "Notification")[1]
    assert_notification(request, topic, arn, second["MessageId"], "the default")


def test_filter_policies_apply_to_http_subscriptions(sns, topics, endpoints):
    topic = topics()
    by_attributes, by_body = endpoints(), endpoints()
    attributes_arn = confirmed_http(sns, topic, by_attributes, FilterPolicy=json.dumps({"color": ["red"]}))
    body_arn = confirmed_http(sns, topic, by_body, FilterPolicyScope="MessageBody", FilterPolicy=json.dumps({"kind": ["wanted"]}))
    red = sns.publish(TopicArn=topic, Message=json.dumps({"kind": "unwanted"}),
                      MessageAttributes={"color": {"DataType": "String", "StringValue": "red"}})["MessageId"]
    sns.publish(TopicArn=topic, Message=json.dumps({"kind": "other"}),
                MessageAttributes={"color": {"DataType": "String", "StringValue": "blue"}})
    wanted = sns.publish(TopicArn=topic, Message=json.dumps({"kind": "wanted"}))["MessageId"]
    [one] = by_attributes.wait_for(1, "Notification")
    assert_notification(one, topic, attributes_arn, red, json.dumps({"kind": "unwanted"}),
                        attributes={"color": {"Type": "String", "Value": "red"}})
    [other] = by_body.wait_for(1, "Notification")
    assert_notification(other, topic, body_arn, wanted, json.dumps({"kind": "wanted"}))
    assert by_attributes.more_than(1, "Notification") == []
    assert by_body.more_than(1, "Notification", wait=0) == []


def test_content_type_comes_from_the_subscription_or_the_topic_request_policy(sns, topics, endpoints):
    # [LS-sns] test_subscribe_external_http_endpoint_content_type[True]: the subscription's requestPolicy, set after
    # subscribing; its EffectiveDeliveryPolicy; the raw notification's Content-Type.
    topic = topics()
    endpoint = endpoints()
    arn, confirmation = subscribe_http(sns, topic, endpoint, RawMessageDelivery="true")
    sns.set_subscription_attributes(SubscriptionArn=arn, AttributeName="DeliveryPolicy",
                                    AttributeValue=json.dumps({"requestPolicy": {"headerContentType": "text/csv"}}))
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert json.loads(sub["EffectiveDeliveryPolicy"]) == {"healthyRetryPolicy": DEFAULT_RETRY, "sicklyRetryPolicy": None,
                                                          "throttlePolicy": None, "requestPolicy": {"headerContentType": "text/csv"},
                                                          "guaranteed": False}
    assert sns.confirm_subscription(TopicArn=topic, Token=confirmation.json["Token"])["SubscriptionArn"] == arn
    sns.publish(TopicArn=topic, Message="a,b,c")
    [request] = endpoint.wait_for(1, "Notification")
    assert (request.body, request.headers["content-type"], request.headers["x-amz-sns-rawdelivery"]) == ("a,b,c", "text/csv", "true")

    # [LS-sns] test_subscribe_external_http_endpoint_content_type[False]: the topic's defaultRequestPolicy.
    topic = topics()
    endpoint = endpoints()
    arn, confirmation = subscribe_http(sns, topic, endpoint)
    sns.set_topic_attributes(TopicArn=topic, AttributeName="DeliveryPolicy",
                             AttributeValue=json.dumps({"http": {"defaultRequestPolicy": {"headerContentType": "application/json"}}}))
    effective = json.loads(sns.get_topic_attributes(TopicArn=topic)["Attributes"]["EffectiveDeliveryPolicy"])
    assert effective == {"http": {"defaultHealthyRetryPolicy": DEFAULT_RETRY, "disableSubscriptionOverrides": False,
                                  "defaultRequestPolicy": {"headerContentType": "application/json"}}}
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert json.loads(sub["EffectiveDeliveryPolicy"])["requestPolicy"] == {"headerContentType": "application/json"}
    assert confirm_by_url(confirmation.json["SubscribeURL"]) == arn
    message_id = sns.publish(TopicArn=topic, Message="as json")["MessageId"]
    [request] = endpoint.wait_for(1, "Notification")
    assert_notification(request, topic, arn, message_id, "as json", content_type="application/json")


# -------------------------------------------------------------------------------------------------
# Retries and the dead-letter queue
# -------------------------------------------------------------------------------------------------

def test_failed_posts_are_retried_at_once_with_the_same_message_id(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    policy = {"healthyRetryPolicy": {"numRetries": 3, "numNoDelayRetries": 3, "minDelayTarget": 1, "maxDelayTarget": 1}}
    arn = confirmed_http(sns, topic, endpoint, DeliveryPolicy=json.dumps(policy))
    # [Docs-retries]: the immediate phase retries "without delay". 5xx answers fail an attempt; so does an answer outside
    # 200-599 (Stratus's reading of AWS's rule); the fourth attempt is answered 200 and delivers.
    endpoint.statuses[:] = [500, 503, 600, 200]
    message_id = sns.publish(TopicArn=topic, Message="try, try again")["MessageId"]
    attempts = endpoint.wait_for(4, "Notification")
    # [Docs-headers]: "For a notification that Amazon SNS resends during a retry, the message ID of the original message is used."
    for request in attempts:
        assert_notification(request, topic, arn, message_id, "try, try again")
    assert len({r.body for r in attempts}) == 1
    assert endpoint.more_than(4, "Notification") == []


def test_a_retry_waits_the_min_delay_target(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    policy = {"healthyRetryPolicy": {"numRetries": 1, "minDelayTarget": 1, "maxDelayTarget": 1}}
    confirmed_http(sns, topic, endpoint, DeliveryPolicy=json.dumps(policy))
    endpoint.statuses[:] = [500, 200]
    sns.publish(TopicArn=topic, Message="later")
    first, second = endpoint.wait_for(2, "Notification", timeout=6)
    # [Docs-retries]: a backoff retry between minDelayTarget and maxDelayTarget, here one second (AWS adds jitter).
    assert second.at - first.at >= 0.8, second.at - first.at
    assert first.body == second.body


def test_a_404_is_delivered_and_not_retried(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    policy = {"healthyRetryPolicy": {"numRetries": 2, "numNoDelayRetries": 2, "minDelayTarget": 1, "maxDelayTarget": 1}}
    confirmed_http(sns, topic, endpoint, DeliveryPolicy=json.dumps(policy))
    endpoint.statuses[:] = [404]
    # [Docs-retries]: retries are for server-side errors; a 4xx is the endpoint's own answer (Stratus's reading).
    sns.publish(TopicArn=topic, Message="not found is an answer")
    endpoint.wait_for(1, "Notification")
    assert endpoint.more_than(1, "Notification") == []


def test_spent_retries_go_to_the_dead_letter_queue(sns, sqs, make_queue, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    dlq_url, dlq_arn = dead_letter_queue(sqs, make_queue, topic)
    policy = {"healthyRetryPolicy": {"numRetries": 2, "numNoDelayRetries": 2, "minDelayTarget": 1, "maxDelayTarget": 1}}
    arn = confirmed_http(sns, topic, endpoint, DeliveryPolicy=json.dumps(policy),
                         RedrivePolicy=json.dumps({"deadLetterTargetArn": dlq_arn}))
    endpoint.status = 500
    message_id = sns.publish(TopicArn=topic, Message="never answered well")["MessageId"]
    # The first attempt and numRetries retries, then no more.
    attempts = endpoint.wait_for(3, "Notification")
    assert endpoint.more_than(3, "Notification", wait=0.5) == []
    assert {r.headers["x-amz-sns-message-id"] for r in attempts} == {message_id}
    # [Docs-API] RedrivePolicy; [LS-sns] test_dlq_external_http_endpoint[False] (its request): the notification JSON.
    dead = receive_one(sqs, dlq_url)
    body = json.loads(dead["Body"])
    assert (body["Type"], body["MessageId"], body["TopicArn"], body["Message"]) == ("Notification", message_id, topic, "never answered well")
    assert body["UnsubscribeURL"].endswith(f"/?Action=Unsubscribe&SubscriptionArn={arn}")


def test_an_unreachable_endpoint_dead_letters_the_raw_message(sns, sqs, make_queue, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    dlq_url, dlq_arn = dead_letter_queue(sqs, make_queue, topic)
    policy = {"healthyRetryPolicy": {"numRetries": 1, "numNoDelayRetries": 1, "minDelayTarget": 1, "maxDelayTarget": 1}}
    confirmed_http(sns, topic, endpoint, RawMessageDelivery="true", DeliveryPolicy=json.dumps(policy),
                   RedrivePolicy=json.dumps({"deadLetterTargetArn": dlq_arn}))
    endpoint.close()
    # [Docs-API] RedrivePolicy: "when the subscribed endpoint is unreachable"; [LS-sns] test_dlq_external_http_endpoint[True]
    # (its request): the raw message itself reaches the dead-letter queue.
    sns.publish(TopicArn=topic, Message="nobody listens")
    assert receive_one(sqs, dlq_url)["Body"] == "nobody listens"


@pytest.mark.xfail(reason="dead-lettered SNS messages carry Stratus's own SUBSCRIPTION_ARN/TOPIC_ARN/ERROR_CODE/ERROR_MESSAGE "
                          "attributes and lose the message's attributes", strict=True)
def test_dead_lettered_messages_carry_the_message_attributes_and_nothing_else(sns, sqs, make_queue, topics, endpoints):
    topic = topics()
    raw_endpoint, wrapped_endpoint = endpoints(), endpoints()
    dlq_url, dlq_arn = dead_letter_queue(sqs, make_queue, topic)
    policy = json.dumps({"healthyRetryPolicy": {"numRetries": 0, "minDelayTarget": 1, "maxDelayTarget": 1}})
    redrive = json.dumps({"deadLetterTargetArn": dlq_arn})
    confirmed_http(sns, topic, raw_endpoint, RawMessageDelivery="true", DeliveryPolicy=policy, RedrivePolicy=redrive)
    confirmed_http(sns, topic, wrapped_endpoint, DeliveryPolicy=policy, RedrivePolicy=redrive)
    raw_endpoint.status = wrapped_endpoint.status = 500
    sns.publish(TopicArn=topic, Message="dead", MessageAttributes={"attr1": {"DataType": "Number", "StringValue": "111"}})
    dead = [receive_one(sqs, dlq_url), receive_one(sqs, dlq_url)]
    raw = next(m for m in dead if m["Body"] == "dead")
    wrapped = next(m for m in dead if m["Body"] != "dead")
    # [LS-sns] test_redrive_policy_sqs_queue_subscription[True] "messages": raw, the message's own attributes alone;
    # [False]: the notification JSON, and no SQS message attributes at all.
    assert raw["MessageAttributes"] == {"attr1": {"DataType": "Number", "StringValue": "111"}}
    assert "MessageAttributes" not in wrapped, wrapped


def test_publishing_to_a_topic_whose_subscriptions_are_all_pending(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    to = address("pending")
    sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=endpoint.url)
    sns.subscribe(TopicArn=topic, Protocol="email", Endpoint=to)
    [confirmation] = endpoint.wait_for(1, "SubscriptionConfirmation")
    wait_emails(to, 1)
    published = sns.publish(TopicArn=topic, Message="to no one yet")
    assert UUID.fullmatch(published["MessageId"])
    # [Docs-confirm]: pending subscriptions get nothing but their confirmation request.
    assert endpoint.more_than(1) == []
    assert [e["Type"] for e in emails(to)] == ["SubscriptionConfirmation"]
    confirm_by_url(confirmation.json["SubscribeURL"])
    assert endpoint.more_than(1) == []
    clear_emails(to)


# -------------------------------------------------------------------------------------------------
# Email and email-json through the local outbox
# -------------------------------------------------------------------------------------------------

EMAIL_KEYS = {"From", "To", "Subject", "Body", "Type", "MessageId", "TopicArn", "SubscriptionArn", "Timestamp"}


def test_email_subscription_through_the_aws_cli_and_the_outbox(sns, cli, topics):
    topic = topics(Attributes={"DisplayName": "Shop News"})
    to = address("cli")
    # [Ballerina] subscribeWithoutReturnArnTest.
    assert cli_ok(cli("sns", "subscribe", "--topic-arn", topic, "--protocol", "email", "--notification-endpoint", to)) \
        == {"SubscriptionArn": "pending confirmation"}
    [confirmation] = wait_emails(to, 1)
    # The outbox's shape is Stratus's own; the subject is the one AWS's confirmation emails carry.
    assert set(confirmation) == EMAIL_KEYS | {"SubscribeURL"}, confirmation
    assert (confirmation["Type"], confirmation["To"], confirmation["TopicArn"]) == ("SubscriptionConfirmation", to, topic)
    assert confirmation["Subject"] == "AWS Notification - Subscription Confirmation"
    assert confirmation["From"] == "Shop News <no-reply@sns.amazonaws.com>"
    assert confirmation["SubscribeURL"] in confirmation["Body"]
    assert TIMESTAMP.fullmatch(confirmation["Timestamp"]) and UUID.fullmatch(confirmation["MessageId"])
    token = urllib.parse.parse_qs(urllib.parse.urlparse(confirmation["SubscribeURL"]).query)["Token"][0]
    assert confirmation["SubscribeURL"] == f"{service_url(confirmation['SubscribeURL'])}/?Action=ConfirmSubscription&TopicArn={topic}&Token={token}"
    [listed] = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
    assert (listed["SubscriptionArn"], listed["Protocol"], listed["Endpoint"]) == ("PendingConfirmation", "email", to)

    arn = cli_ok(cli("sns", "confirm-subscription", "--topic-arn", topic, "--token", token))["SubscriptionArn"]
    assert arn == confirmation["SubscriptionArn"]
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert (sub["PendingConfirmation"], sub["ConfirmationWasAuthenticated"], sub["Protocol"]) == ("false", "true", "email")
    assert "EffectiveDeliveryPolicy" not in sub

    with_subject = sns.publish(TopicArn=topic, Message="Half price today", Subject="Sale")["MessageId"]
    without_subject = sns.publish(TopicArn=topic, Message="No subject here")["MessageId"]
    structured = sns.publish(TopicArn=topic, MessageStructure="json",
                             Message=json.dumps({"default": "the default", "email": "for email", "email-json": "for email-json"}))["MessageId"]
    sent = wait_emails(to, 4)
    # Oldest first.
    assert [e["Type"] for e in sent] == ["SubscriptionConfirmation", "Notification", "Notification", "Notification"]
    assert [e["MessageId"] for e in sent[1:]] == [with_subject, without_subject, structured]
    first, second, third = sent[1:]
    assert set(first) == EMAIL_KEYS | {"UnsubscribeURL"}, first
    assert (first["To"], first["TopicArn"], first["SubscriptionArn"]) == (to, topic, arn)
    # The Publish Subject, else the subject AWS gives notification emails.
    assert (first["Subject"], second["Subject"]) == ("Sale", "AWS Notification Message")
    assert first["Body"].startswith("Half price today") and second["Body"].startswith("No subject here")
    # [Docs-API] MessageStructure: the "email" key for an email subscription.
    assert third["Body"].startswith("for email") and not third["Body"].startswith("for email-json")
    assert first["UnsubscribeURL"] == f"{service_url(first['UnsubscribeURL'])}/?Action=Unsubscribe&SubscriptionArn={arn}"
    assert first["UnsubscribeURL"] in first["Body"]

    assert http("GET", first["UnsubscribeURL"])[0] == 200
    sns.publish(TopicArn=topic, Message="after unsubscribing")
    time.sleep(0.5)
    assert len(emails(to)) == 4
    assert clear_emails(to) == 4
    assert emails(to) == []


def test_email_json_subscription_through_boto3(sns, topics):
    topic = topics()
    to = address("json")
    arn = sns.subscribe(TopicArn=topic, Protocol="email-json", Endpoint=to, ReturnSubscriptionArn=True)["SubscriptionArn"]
    [confirmation] = wait_emails(to, 1)
    assert (confirmation["Type"], confirmation["SubscriptionArn"]) == ("SubscriptionConfirmation", arn)
    # An email-json confirmation's body is the confirmation JSON an HTTP endpoint gets ([Docs-confirm]).
    body = json.loads(confirmation["Body"])
    assert list(body) == CONFIRMATION_KEYS, body
    assert (body["Type"], body["TopicArn"], body["SubscribeURL"]) == ("SubscriptionConfirmation", topic, confirmation["SubscribeURL"])
    assert body["Message"] == (f"You have chosen to subscribe to the topic {topic}.\n"
                               "To confirm the subscription, visit the SubscribeURL included in this message.")
    assert sns.confirm_subscription(TopicArn=topic, Token=body["Token"])["SubscriptionArn"] == arn

    message_id = sns.publish(TopicArn=topic, Message="as json", Subject="json mail",
                             MessageAttributes={"n": {"DataType": "Number", "StringValue": "7"}})["MessageId"]
    structured = sns.publish(TopicArn=topic, MessageStructure="json",
                             Message=json.dumps({"default": "the default", "email": "for email", "email-json": "for email-json"}))["MessageId"]
    notification, picked = wait_emails(to, 3)[1:]
    assert (notification["Type"], notification["Subject"], notification["MessageId"]) == ("Notification", "json mail", message_id)
    body = json.loads(notification["Body"])
    # [Docs-notification]: the notification JSON, its keys in order.
    assert list(body) == NOTIFICATION_KEYS, body
    assert (body["Type"], body["MessageId"], body["TopicArn"], body["Subject"], body["Message"]) == \
        ("Notification", message_id, topic, "json mail", "as json")
    assert body["MessageAttributes"] == {"n": {"Type": "Number", "Value": "7"}}
    assert body["UnsubscribeURL"] == notification["UnsubscribeURL"]
    assert body["UnsubscribeURL"].endswith(f"/?Action=Unsubscribe&SubscriptionArn={arn}")
    # [Docs-API] MessageStructure: the "email-json" key.
    assert (picked["MessageId"], json.loads(picked["Body"])["Message"]) == (structured, "for email-json")
    assert clear_emails(to) == 3


def test_the_email_outbox_endpoint(sns, topics):
    """GET lists (oldest first, ?address= narrows), DELETE empties (→ {"Deleted": n}); other methods answer 405."""
    topic = topics()
    first, second = address("one"), "plus+" + address("two")
    sns.subscribe(TopicArn=topic, Protocol="email", Endpoint=first)
    sns.subscribe(TopicArn=topic, Protocol="email-json", Endpoint=second)
    assert [e["To"] for e in wait_emails(first, 1)] == [first]
    # The address is a query parameter: a "+" in it must be escaped, as in any URL.
    assert [e["To"] for e in wait_emails(second, 1)] == [second]
    everything = [e["To"] for e in emails() if e["To"] in (first, second)]
    assert everything == [first, second]
    assert emails("nobody-" + address()) == []

    for method in ("POST", "PUT", "PATCH"):
        status, content_type, body = http(method, EMAILS)
        assert (status, content_type) == (405, "application/json"), (method, body)
        assert json.loads(body)["message"]
    assert http("GET", EMAILS + "/")[0] == 404

    assert clear_emails(first) == 1
    assert clear_emails(first) == 0
    assert emails(first) == []
    assert len(emails(second)) == 1
    status, content_type, body = http("DELETE", EMAILS)
    assert (status, content_type) == (200, "application/json")
    assert json.loads(body)["Deleted"] >= 1
    assert emails() == []


# -------------------------------------------------------------------------------------------------
# Bad input: endpoints, email addresses, tokens
# -------------------------------------------------------------------------------------------------

def test_subscribe_refuses_endpoints_that_do_not_match_the_protocol(sns, sns_unvalidated, topics):
    topic = topics()
    mismatch = "Invalid parameter: Endpoint must match the specified protocol"
    # [Issue-endpoint]: an https:// URL with protocol http; the other cases fail the same "begins with" rule ([Docs-API]
    # Subscribe Endpoint: "a URL beginning with http://" / "https://").
    for protocol, endpoint in [("http", "https://example.com/hook"), ("https", "http://example.com/hook"),
                               ("http", "ftp://example.com/hook"), ("https", "example.com/hook"), ("http", "")]:
        expect_error(sns.subscribe, "InvalidParameter", 400, message=mismatch, TopicArn=topic, Protocol=protocol, Endpoint=endpoint)
    # No Endpoint at all, or one with no host: refused, in Stratus's own words.
    expect_error(sns_unvalidated.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="http")
    expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="https", Endpoint="https://")
    assert sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"] == []


def test_subscribe_refuses_bad_email_addresses(sns, sns_unvalidated, cli, topics):
    topic = topics()
    # [Ballerina] subscribeWithInvalidEndpointTest.
    for protocol in ("email", "email-json"):
        expect_error(sns.subscribe, "InvalidParameter", 400, message="Invalid parameter: Email address",
                     TopicArn=topic, Protocol=protocol, Endpoint="this is not an email")
    cli_failed(cli("sns", "subscribe", "--topic-arn", topic, "--protocol", "email", "--notification-endpoint", "this is not an email"),
           "InvalidParameter", "Subscribe", "Invalid parameter: Email address")
    for endpoint in ("", "no-at-sign.example.com", "@example.com", "two@@example.com"):
        expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="email", Endpoint=endpoint)
    expect_error(sns_unvalidated.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="email-json")
    assert sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"] == []


def test_email_subscriptions_refuse_raw_message_delivery(sns, topics):
    topic = topics()
    # [Ballerina] subscribeWithInvalidAttributeTest; [Docs-API] raw delivery is for SQS and HTTP/S endpoints.
    expect_error(sns.subscribe, "InvalidParameter", 400,
                 message="Invalid parameter: Attributes Reason: Delivery protocol [email] does not support raw message delivery.",
                 TopicArn=topic, Protocol="email", Endpoint=address("raw"), Attributes={"RawMessageDelivery": "true"})


def test_fifo_topics_refuse_http_and_email_subscriptions(sns, topics, endpoints):
    topic = topics(Attributes={"FifoTopic": "true"})
    # FIFO topics deliver to SQS queues only; the message is Stratus's own.
    expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="http", Endpoint=endpoints().url)
    expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="email", Endpoint=address("fifo"))


def test_confirm_subscription_refuses_tokens_it_never_issued(sns, sns_unvalidated, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn, request = subscribe_http(sns, topic, endpoint)
    # [LS-sns] test_sns_confirm_subscription_wrong_token "token-not-exists".
    expect_error(sns.confirm_subscription, "InvalidParameter", 400, message="Invalid parameter: Token", TopicArn=topic, Token=UNKNOWN_TOKEN)
    # [LS-sns] test_subscribe_external_http_endpoint "broken-token-confirm"; [EA-WP]: the same, as XML, to a GET.
    status, _, body = http("GET", f"{service_url(request.json['SubscribeURL'])}/?Action=ConfirmSubscription&TopicArn={topic}&Token=abc123")
    assert (status, xml_error(body)) == (400, ("Sender", "InvalidParameter", "Invalid parameter: Token"))
    # Another subscription's token does not confirm this one; an empty or missing token is refused (Stratus's words).
    other_topic = topics()
    _, other = subscribe_http(sns, other_topic, endpoints())
    expect_error(sns.confirm_subscription, "InvalidParameter", 400, TopicArn=topic, Token=other.json["Token"])
    expect_error(sns.confirm_subscription, "InvalidParameter", 400, TopicArn=topic, Token="")
    err = expect_error(sns_unvalidated.confirm_subscription, "MissingParameter", 400, TopicArn=topic)
    assert "Token" in err["Message"]
    # None of these confirmed anything.
    assert sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]["PendingConfirmation"] == "true"
    assert endpoint.more_than(1, wait=0) == []


def test_confirm_subscription_calls_a_malformed_token_invalid(sns, topics):
    topic = topics()
    # [LS-sns] test_sns_confirm_subscription_wrong_token "invalid-token".
    expect_error(sns.confirm_subscription, "InvalidParameter", 400, message="Invalid token", TopicArn=topic, Token="randomtoken")
    # [Ballerina] confirmSubscriptionWithInvalidTokenTest: an odd number of hex digits.
    expect_error(sns.confirm_subscription, "InvalidParameter", 400, message="Invalid token", TopicArn=topic, Token=TRUNCATED_TOKEN)


def test_confirm_subscription_by_url_names_the_topic_when_its_arn_is_malformed_or_of_another_region(sns, topics, endpoints):
    topic = topics()
    arn, request = subscribe_http(sns, topic, endpoints())
    token = request.json["Token"]
    base = service_url(request.json["SubscribeURL"])
    # [LS-sns] test_subscribe_external_http_endpoint "broken-topic-arn-confirm", "different-region-arn-confirm".
    status, _, body = http("GET", f"{base}/?Action=ConfirmSubscription&TopicArn=not-an-arn&Token={token}")
    assert (status, xml_error(body)) == (400, ("Sender", "InvalidParameter", "Invalid parameter: Topic"))
    elsewhere = topic.replace(f":{REGION}:", ":eu-central-1:")
    status, _, body = http("GET", f"{base}/?Action=ConfirmSubscription&TopicArn={elsewhere}&Token={token}")
    assert (status, xml_error(body)) == (400, ("Sender", "InvalidParameter", "Invalid parameter: Topic"))


def test_confirm_subscription_of_a_missing_topic_with_an_unknown_token_blames_the_token(sns, topics):
    topic = topics()
    # [LS-sns] test_sns_confirm_subscription_wrong_token "topic-not-exists": InvalidParameter, not NotFound.
    expect_error(sns.confirm_subscription, "InvalidParameter", 400, message="Invalid parameter: Token",
                 TopicArn=topic[:-1] + ("a" if topic[-1] != "a" else "b"), Token=UNKNOWN_TOKEN)


def test_confirm_subscription_by_url_goes_by_the_token_within_the_region(sns, topics, endpoints):
    topic = topics()
    arn, request = subscribe_http(sns, topic, endpoints())
    missing = topic[:-1] + ("a" if topic[-1] != "a" else "b")
    url = f"{service_url(request.json['SubscribeURL'])}/?Action=ConfirmSubscription&TopicArn={missing}&Token={request.json['Token']}"
    # [LS-sns] test_subscribe_external_http_endpoint "nonexistent-token-confirm" ("weirdly, even with a wrong topic, SNS
    # will confirm").
    assert confirm_by_url(url) == arn
    assert sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]["PendingConfirmation"] == "false"


# -------------------------------------------------------------------------------------------------
# Bad input: delivery policies
# -------------------------------------------------------------------------------------------------

def test_topic_delivery_policy_refusals(sns, topics):
    topic = topics()

    def refused(policy, message=None, contains=None):
        value = policy if isinstance(policy, str) else json.dumps(policy)
        return expect_error(sns.set_topic_attributes, "InvalidParameter", 400, message=message, message_contains=contains,
                            TopicArn=topic, AttributeName="DeliveryPolicy", AttributeValue=value)

    # [Ballerina] createTopicWithInvalidDeliveryPolicyTest (numRetries 300; the CreateTopic form of this message).
    for retries in (101, 300):
        refused({"http": {"defaultHealthyRetryPolicy": {"minDelayTarget": 10, "maxDelayTarget": 20, "numRetries": retries}}},
                contains="DeliveryPolicy: http.defaultHealthyRetryPolicy.numRetries must be less than or equal to 100")
    # [Quoted-throttle].
    refused({"throttlePolicy": {"maxReceivesPerSecond": 10}}, message="Invalid parameter: DeliveryPolicy: Unexpected JSON member: throttlePolicy")
    # Recorded answers to bad RedrivePolicy / FilterPolicy JSON ([LS-sns] test_validate_set_sub_attributes) begin so.
    refused("{invalidjson}", contains="Invalid parameter: DeliveryPolicy: failed to parse JSON.")
    # [Docs-retries] and the CDK's documented limits: minDelayTarget at least 1 and at most maxDelayTarget, maxDelayTarget
    # at most 3,600 s, numbers not below zero, one of four backoff functions, no more phase retries than numRetries, at most
    # 3,600 s of retrying in all. AWS's messages for these are not known: the ones here are Stratus's own.
    retry = lambda **members: {"http": {"defaultHealthyRetryPolicy": members}}
    for policy in (retry(minDelayTarget=0), retry(maxDelayTarget=3601), retry(minDelayTarget=30, maxDelayTarget=10),
                   retry(numRetries=-1), retry(numNoDelayRetries=-1), retry(backoffFunction="cubic"),
                   retry(numRetries=1, numNoDelayRetries=1, numMinDelayRetries=1), retry(numRetries="3"),
                   retry(numRetries=100, minDelayTarget=3600, maxDelayTarget=3600), retry(surprise=1),
                   {"http": {"defaultRequestPolicy": {"headerContentType": ""}}}, {"http": {"defaultThrottlePolicy": {"maxReceivesPerSecond": 0}}},
                   {"http": []}, {"http": {"defaultHealthyRetryPolicy": []}}, {"https": {}}, []):
        refused(policy)
    refused("null")
    # Nothing refused was kept.
    attrs = sns.get_topic_attributes(TopicArn=topic)["Attributes"]
    assert "DeliveryPolicy" not in attrs
    assert json.loads(attrs["EffectiveDeliveryPolicy"])["http"]["defaultHealthyRetryPolicy"] == DEFAULT_RETRY
    # At the limits, accepted.
    edge = {"http": {"defaultHealthyRetryPolicy": {"minDelayTarget": 1, "maxDelayTarget": 3600, "numRetries": 100,
                                                   "numNoDelayRetries": 100, "backoffFunction": "exponential"}}}
    sns.set_topic_attributes(TopicArn=topic, AttributeName="DeliveryPolicy", AttributeValue=json.dumps(edge))
    effective = json.loads(sns.get_topic_attributes(TopicArn=topic)["Attributes"]["EffectiveDeliveryPolicy"])
    assert effective["http"]["defaultHealthyRetryPolicy"] == {**DEFAULT_RETRY, **edge["http"]["defaultHealthyRetryPolicy"]}


def test_create_topic_delivery_policy_refusal_names_the_attributes(sns):
    name = unique_name("bad-policy")
    policy = {"http": {"defaultHealthyRetryPolicy": {"minDelayTarget": 10, "maxDelayTarget": 20, "numRetries": 300,
                                                     "numNoDelayRetries": 1, "numMinDelayRetries": 1, "numMaxDelayRetries": 1,
                                                     "backoffFunction": "linear"},
                       "disableSubscriptionOverrides": True, "defaultRequestPolicy": {"headerContentType": "application/json"}}}
    # [Ballerina] createTopicWithInvalidDeliveryPolicyTest.
    expect_error(sns.create_topic, "InvalidParameter", 400,
                 message="Invalid parameter: Attributes Reason: DeliveryPolicy: http.defaultHealthyRetryPolicy.numRetries must be "
                         "less than or equal to 100",
                 Name=name, Attributes={"DeliveryPolicy": json.dumps(policy)})


def test_subscription_delivery_policy_refusals(sns, topics, endpoints):
    topic = topics()
    endpoint = endpoints()
    arn, _ = subscribe_http(sns, topic, endpoint)

    def refused(policy, contains=None):
        value = policy if isinstance(policy, str) else json.dumps(policy)
        return expect_error(sns.set_subscription_attributes, "InvalidParameter", 400, message_contains=contains,
                            SubscriptionArn=arn, AttributeName="DeliveryPolicy", AttributeValue=value)

    # The subscription's form of the numRetries limit: the path names healthyRetryPolicy (Stratus's reading of
    # [Ballerina]'s topic message); AWS's exact wording here is not recorded.
    refused({"healthyRetryPolicy": {"numRetries": 101}}, contains="numRetries")
    refused("not json", contains="Invalid parameter: DeliveryPolicy: failed to parse JSON.")
    retry = lambda **members: {"healthyRetryPolicy": members}
    # The topic's form is not the subscription's; the rest as for topics (messages Stratus's own).
    for policy in ({"http": {"defaultHealthyRetryPolicy": {"numRetries": 1}}}, retry(minDelayTarget=0), retry(maxDelayTarget=3601),
                   retry(minDelayTarget=30, maxDelayTarget=10), retry(backoffFunction="cubic"), retry(numRetries=-1),
                   retry(numRetries=1, numMaxDelayRetries=2), retry(numRetries=100, minDelayTarget=3600, maxDelayTarget=3600),
                   {"throttlePolicy": {"maxReceivesPerSecond": 0}}, {"requestPolicy": {"headerContentType": 5}},
                   {"requestPolicy": {"charset": "utf-8"}}, {"healthyRetryPolicy": "often"}, []):
        refused(policy)
    # Through Subscribe too; the subscription is not made.
    other = endpoints()
    expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=topic, Protocol="http", Endpoint=other.url,
                 Attributes={"DeliveryPolicy": json.dumps(retry(numRetries=101))})
    assert other.more_than(0, wait=0.3) == []
    assert [s["Endpoint"] for s in sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]] == [endpoint.url]
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert "DeliveryPolicy" not in sub
    assert json.loads(sub["EffectiveDeliveryPolicy"])["healthyRetryPolicy"] == DEFAULT_RETRY

    # [Ballerina] subscribeWithAttributesTest: a partial healthyRetryPolicy is accepted by Subscribe; the effective
    # policy fills in the defaults ([LS-sns] test_topic_delivery_policy_crud does so for topics).
    partial = {"healthyRetryPolicy": {"numRetries": 3, "minDelayTarget": 5, "maxDelayTarget": 10}}
    accepted = sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=other.url, ReturnSubscriptionArn=True,
                             Attributes={"DeliveryPolicy": json.dumps(partial)})["SubscriptionArn"]
    effective = json.loads(sns.get_subscription_attributes(SubscriptionArn=accepted)["Attributes"]["EffectiveDeliveryPolicy"])
    assert effective["healthyRetryPolicy"] == {**DEFAULT_RETRY, **partial["healthyRetryPolicy"]}


def test_subscription_delivery_policy_takes_the_members_aws_writes(sns, topics, endpoints):
    topic = topics()
    arn, _ = subscribe_http(sns, topic, endpoints())
    # [LS-sns] test_subscribe_external_http_endpoint_lambda_url_sig_validation (the policy it sets) and
    # test_subscribe_external_http_endpoint_content_type[False] "sub-attrs" (what AWS keeps and makes of it).
    healthy = {"minDelayTarget": 1, "maxDelayTarget": 1, "numRetries": 0, "numNoDelayRetries": 0, "numMinDelayRetries": 0,
               "numMaxDelayRetries": 0, "backoffFunction": "linear"}
    policy = {"healthyRetryPolicy": healthy, "sicklyRetryPolicy": None, "throttlePolicy": {"maxReceivesPerSecond": 1000},
              "guaranteed": False}
    sns.set_subscription_attributes(SubscriptionArn=arn, AttributeName="DeliveryPolicy", AttributeValue=json.dumps(policy))
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert json.loads(sub["DeliveryPolicy"]) == {**policy, "requestPolicy": None}
    assert json.loads(sub["EffectiveDeliveryPolicy"]) == {"healthyRetryPolicy": healthy, "sicklyRetryPolicy": None,
                                                          "throttlePolicy": {"maxReceivesPerSecond": 1000},
                                                          "requestPolicy": {"headerContentType": TEXT_PLAIN}, "guaranteed": False}


def test_subscription_delivery_policy_is_kept_in_aws_form(sns, topics, endpoints):
    topic = topics()
    arn, _ = subscribe_http(sns, topic, endpoints())
    sns.set_subscription_attributes(SubscriptionArn=arn, AttributeName="DeliveryPolicy",
                                    AttributeValue=json.dumps({"requestPolicy": {"headerContentType": "text/csv"}}))
    # [LS-sns] test_subscribe_external_http_endpoint_content_type[True] "sub-attrs" DeliveryPolicy.
    sub = sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"]
    assert json.loads(sub["DeliveryPolicy"]) == {"healthyRetryPolicy": None, "sicklyRetryPolicy": None, "throttlePolicy": None,
                                                 "requestPolicy": {"headerContentType": "text/csv"}, "guaranteed": False}


def test_topic_delivery_policy_is_kept_in_aws_form(sns, topics):
    # [LS-sns] test_topic_delivery_policy_crud "get-topic-attrs", "get-topic-attrs-after-none", "get-topic-attrs-after-delete".
    topic = topics(Attributes={"DeliveryPolicy": json.dumps({"http": {"defaultRequestPolicy": {"headerContentType": "application/json"}}})})
    attrs = sns.get_topic_attributes(TopicArn=topic)["Attributes"]
    assert json.loads(attrs["DeliveryPolicy"]) == {"http": {"disableSubscriptionOverrides": False,
                                                            "defaultRequestPolicy": {"headerContentType": "application/json"}}}
    sns.set_topic_attributes(TopicArn=topic, AttributeName="DeliveryPolicy",
                             AttributeValue=json.dumps({"http": {"defaultHealthyRetryPolicy": None}}))
    attrs = sns.get_topic_attributes(TopicArn=topic)["Attributes"]
    assert json.loads(attrs["DeliveryPolicy"]) == {"http": {"disableSubscriptionOverrides": False}}
    sns.set_topic_attributes(TopicArn=topic, AttributeName="DeliveryPolicy", AttributeValue="")
    attrs = sns.get_topic_attributes(TopicArn=topic)["Attributes"]
    assert "DeliveryPolicy" not in attrs
