"""AWS KMS through boto3 and the AWS CLI: every kind of key round-trips with real cryptography, the encryption
context is bound into the ciphertext, key states and bad input get KMS's errors, rotation keeps old ciphertext
readable, and public keys verify signatures outside KMS.

Sources of the expected answers:
  [Docs-API]    the KMS API reference (docs.aws.amazon.com/kms/latest/APIReference): Encrypt/Decrypt (the
                encryption context must match exactly, InvalidCiphertextException otherwise; Decrypt needs no KeyId
                for symmetric keys, IncorrectKeyException for another), GenerateDataKey (KeySpec or NumberOfBytes),
                ScheduleKeyDeletion (7 to 30 days), Sign/Verify (KMSInvalidSignatureException), GenerateMac/VerifyMac
  [Docs-States] "Key states of AWS KMS keys" (developerguide/key-state.html): "DisabledException: <key ARN> is
                disabled.", "KMSInvalidStateException: <key ARN> is pending deletion.", CancelKeyDeletion leaves the key
                Disabled
  [Docs-Policy] "Default key policy" (developerguide/key-policy-default.html): one statement "Enable IAM User
                Permissions" allowing kms:* to the account's root
  [Recorded]    AWS answers recorded against real KMS by LocalStack's snapshot tests (tests/aws/services/kms):
                "Invalid keyId 'fake-key-id'", "Key '<arn>' does not exist", "Digest is invalid length for algorithm
                ECDSA_SHA_256.", "Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190
                bytes.", "Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.", the empty messages of
                InvalidCiphertextException, KMSInvalidSignatureException and KMSInvalidMacException
"""
import base64
import json
import uuid

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding

from conftest import ACCOUNT, REGION, cli_failed, cli_ok, expect_error


@pytest.fixture
def make_key(kms):
    """Create a key; returns its KeyMetadata. Schedules the keys for deletion afterwards (best effort)."""
    made = []

    def _make(**kwargs):
        meta = kms.create_key(**kwargs)["KeyMetadata"]
        made.append(meta["KeyId"])
        return meta

    yield _make
    for key_id in made:
        try:
            kms.schedule_key_deletion(KeyId=key_id, PendingWindowInDays=7)
        except Exception:
            pass


def test_symmetric_key_metadata_and_default_policy(kms, make_key):
    meta = make_key(Description="app key", Tags=[{"TagKey": "team", "TagValue": "a"}])
    assert meta["Arn"] == f"arn:aws:kms:{REGION}:{ACCOUNT}:key/{meta['KeyId']}"
    assert (meta["KeySpec"], meta["CustomerMasterKeySpec"], meta["KeyUsage"]) == ("SYMMETRIC_DEFAULT",) * 2 + ("ENCRYPT_DECRYPT",)
    assert (meta["KeyState"], meta["Enabled"], meta["KeyManager"], meta["Origin"]) == ("Enabled", True, "CUSTOMER", "AWS_KMS")
    assert meta["EncryptionAlgorithms"] == ["SYMMETRIC_DEFAULT"] and meta["MultiRegion"] is False
    policy = json.loads(kms.get_key_policy(KeyId=meta["KeyId"], PolicyName="default")["Policy"])  # [Docs-Policy]
    assert policy == {"Version": "2012-10-17", "Id": "key-default-1", "Statement": [{
        "Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
        "Action": "kms:*", "Resource": "*"}]}
    assert kms.list_resource_tags(KeyId=meta["KeyId"])["Tags"] == [{"TagKey": "team", "TagValue": "a"}]


def test_encryption_context_is_bound_in(kms, make_key):
    key = make_key()["KeyId"]
    blob = kms.encrypt(KeyId=key, Plaintext=b"secret", EncryptionContext={"a": "1", "b": "2"})["CiphertextBlob"]
    got = kms.decrypt(CiphertextBlob=blob, EncryptionContext={"b": "2", "a": "1"})
    assert got["Plaintext"] == b"secret" and got["KeyId"].endswith(key)
    for wrong in ({}, {"a": "1"}, {"a": "1", "b": "3"}):
        expect_error(kms.decrypt, "InvalidCiphertextException", CiphertextBlob=blob, EncryptionContext=wrong, message="")  # [Docs-API]
    other = make_key()["KeyId"]
    expect_error(kms.decrypt, "IncorrectKeyException", CiphertextBlob=blob, EncryptionContext={"a": "1", "b": "2"}, KeyId=other,
                 message="The key ID in the request does not identify a CMK that can perform this operation.")


def test_aliases_name_keys(kms, make_key):
    meta = make_key()
    name = f"alias/app-{uuid.uuid4().hex[:8]}"
    kms.create_alias(AliasName=name, TargetKeyId=meta["KeyId"])
    for key_id in (name, f"arn:aws:kms:{REGION}:{ACCOUNT}:{name}", meta["Arn"]):
        blob = kms.encrypt(KeyId=key_id, Plaintext=b"x")["CiphertextBlob"]
        assert kms.decrypt(CiphertextBlob=blob)["Plaintext"] == b"x"
    assert [a["TargetKeyId"] for a in kms.list_aliases(KeyId=meta["KeyId"])["Aliases"]] == [meta["KeyId"]]
    expect_error(kms.create_alias, "AlreadyExistsException", AliasName=name, TargetKeyId=meta["KeyId"])
    expect_error(kms.create_alias, "ValidationException", AliasName="noprefix", TargetKeyId=meta["KeyId"])
    second = make_key()
    kms.update_alias(AliasName=name, TargetKeyId=second["KeyId"])
    assert kms.describe_key(KeyId=name)["KeyMetadata"]["KeyId"] == second["KeyId"]
    kms.delete_alias(AliasName=name)
    expect_error(kms.describe_key, "NotFoundException", KeyId=name)


def test_disabled_and_pending_deletion_keys(kms, make_key):
    meta = make_key()
    blob = kms.encrypt(KeyId=meta["KeyId"], Plaintext=b"x")["CiphertextBlob"]
    kms.disable_key(KeyId=meta["KeyId"])
    expect_error(kms.decrypt, "DisabledException", CiphertextBlob=blob, message=f"{meta['Arn']} is disabled.")  # [Docs-States]
    kms.enable_key(KeyId=meta["KeyId"])
    expect_error(kms.schedule_key_deletion, "ValidationException", KeyId=meta["KeyId"], PendingWindowInDays=6)
    out = kms.schedule_key_deletion(KeyId=meta["KeyId"], PendingWindowInDays=7)
    assert (out["KeyState"], out["PendingWindowInDays"], out["KeyId"]) == ("PendingDeletion", 7, meta["Arn"])
    expect_error(kms.encrypt, "KMSInvalidStateException", KeyId=meta["KeyId"], Plaintext=b"x",
                 message=f"{meta['Arn']} is pending deletion.")
    assert kms.describe_key(KeyId=meta["KeyId"])["KeyMetadata"]["DeletionDate"]
    kms.cancel_key_deletion(KeyId=meta["KeyId"])
    assert kms.describe_key(KeyId=meta["KeyId"])["KeyMetadata"]["KeyState"] == "Disabled"
    expect_error(kms.cancel_key_deletion, "KMSInvalidStateException", KeyId=meta["KeyId"], message=f"{meta['Arn']} is not pending deletion.")


def test_rotation_keeps_old_ciphertext_readable(kms, make_key):
    key = make_key()["KeyId"]
    before = kms.encrypt(KeyId=key, Plaintext=b"before")["CiphertextBlob"]
    kms.rotate_key_on_demand(KeyId=key)
    kms.enable_key_rotation(KeyId=key, RotationPeriodInDays=180)
    status = kms.get_key_rotation_status(KeyId=key)
    assert status["KeyRotationEnabled"] and status["RotationPeriodInDays"] == 180 and status["NextRotationDate"]
    assert [r["RotationType"] for r in kms.list_key_rotations(KeyId=key)["Rotations"]] == ["ON_DEMAND"]
    assert kms.decrypt(CiphertextBlob=before)["Plaintext"] == b"before"
    after = kms.encrypt(KeyId=key, Plaintext=b"after")["CiphertextBlob"]
    assert kms.decrypt(CiphertextBlob=after)["Plaintext"] == b"after"
    kms.disable_key_rotation(KeyId=key)
    assert kms.get_key_rotation_status(KeyId=key)["KeyRotationEnabled"] is False


def test_data_keys(kms, make_key):
    key = make_key()["KeyId"]
    dk = kms.generate_data_key(KeyId=key, KeySpec="AES_256", EncryptionContext={"k": "v"})
    assert len(dk["Plaintext"]) == 32
    assert kms.decrypt(CiphertextBlob=dk["CiphertextBlob"], EncryptionContext={"k": "v"})["Plaintext"] == dk["Plaintext"]
    without = kms.generate_data_key_without_plaintext(KeyId=key, NumberOfBytes=16)
    assert len(kms.decrypt(CiphertextBlob=without["CiphertextBlob"])["Plaintext"]) == 16
    expect_error(kms.generate_data_key, "ValidationException", KeyId=key)
    pair = kms.generate_data_key_pair(KeyId=key, KeyPairSpec="ECC_NIST_P256")
    private = serialization.load_der_private_key(pair["PrivateKeyPlaintext"], password=None)
    public = serialization.load_der_public_key(pair["PublicKey"])
    assert private.public_key().public_numbers() == public.public_numbers()
    assert kms.decrypt(CiphertextBlob=pair["PrivateKeyCiphertextBlob"])["Plaintext"] == pair["PrivateKeyPlaintext"]
    moved = kms.re_encrypt(CiphertextBlob=dk["CiphertextBlob"], SourceEncryptionContext={"k": "v"}, DestinationKeyId=make_key()["KeyId"])
    assert kms.decrypt(CiphertextBlob=moved["CiphertextBlob"])["Plaintext"] == dk["Plaintext"]
    assert len(kms.generate_random(NumberOfBytes=1024)["Plaintext"]) == 1024


@pytest.mark.parametrize("spec,algorithm,hash_", [
    ("ECC_NIST_P256", "ECDSA_SHA_256", hashes.SHA256()),
    ("ECC_NIST_P384", "ECDSA_SHA_384", hashes.SHA384()),
    ("ECC_NIST_P521", "ECDSA_SHA_512", hashes.SHA512()),
    ("ECC_SECG_P256K1", "ECDSA_SHA_256", hashes.SHA256()),
    ("RSA_2048", "RSASSA_PSS_SHA_256", hashes.SHA256()),
    ("RSA_3072", "RSASSA_PKCS1_V1_5_SHA_384", hashes.SHA384()),
])
def test_signatures_verify_with_the_public_key_elsewhere(kms, make_key, spec, algorithm, hash_):
    key = make_key(KeySpec=spec, KeyUsage="SIGN_VERIFY")["KeyId"]
    signature = kms.sign(KeyId=key, Message=b"payload", SigningAlgorithm=algorithm)["Signature"]
    assert kms.verify(KeyId=key, Message=b"payload", Signature=signature, SigningAlgorithm=algorithm)["SignatureValid"]
    expect_error(kms.verify, "KMSInvalidSignatureException", KeyId=key, Message=b"other", Signature=signature,
                 SigningAlgorithm=algorithm, message="")
    public = serialization.load_der_public_key(kms.get_public_key(KeyId=key)["PublicKey"])
    if spec.startswith("ECC"):
        public.verify(signature, b"payload", ec.ECDSA(hash_))
    elif "PSS" in algorithm:
        public.verify(signature, b"payload", padding.PSS(padding.MGF1(hash_), hash_.digest_size), hash_)
    else:
        public.verify(signature, b"payload", padding.PKCS1v15(), hash_)
    digest = hashes.Hash(hash_)
    digest.update(b"payload")
    assert kms.verify(KeyId=key, Message=digest.finalize(), MessageType="DIGEST", Signature=signature,
                      SigningAlgorithm=algorithm)["SignatureValid"]
    expect_error(kms.sign, "ValidationException", KeyId=key, Message=b"short", MessageType="DIGEST", SigningAlgorithm=algorithm,
                 message=f"Digest is invalid length for algorithm {algorithm}.")  # [Recorded]


def test_rsa_encryption_decrypts_with_oaep_outside_kms_too(kms, make_key):
    key = make_key(KeySpec="RSA_2048", KeyUsage="ENCRYPT_DECRYPT")["KeyId"]
    public = serialization.load_der_public_key(kms.get_public_key(KeyId=key)["PublicKey"])
    blob = public.encrypt(b"outside", padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
    assert kms.decrypt(CiphertextBlob=blob, KeyId=key, EncryptionAlgorithm="RSAES_OAEP_SHA_256")["Plaintext"] == b"outside"
    expect_error(kms.encrypt, "ValidationException", KeyId=key, Plaintext=b"x" * 191, EncryptionAlgorithm="RSAES_OAEP_SHA_256",
                 message="Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.")


@pytest.mark.parametrize("bits", [224, 256, 384, 512])
def test_hmac_keys(kms, make_key, bits):
    key = make_key(KeySpec=f"HMAC_{bits}", KeyUsage="GENERATE_VERIFY_MAC")
    assert key["MacAlgorithms"] == [f"HMAC_SHA_{bits}"]
    mac = kms.generate_mac(KeyId=key["KeyId"], Message=b"m", MacAlgorithm=f"HMAC_SHA_{bits}")["Mac"]
    assert len(mac) == bits // 8
    assert kms.verify_mac(KeyId=key["KeyId"], Message=b"m", Mac=mac, MacAlgorithm=f"HMAC_SHA_{bits}")["MacValid"]
    expect_error(kms.verify_mac, "KMSInvalidMacException", KeyId=key["KeyId"], Message=b"n", Mac=mac, MacAlgorithm=f"HMAC_SHA_{bits}",
                 message="")
    other = "HMAC_SHA_512" if bits != 512 else "HMAC_SHA_256"
    expect_error(kms.generate_mac, "InvalidKeyUsageException", KeyId=key["KeyId"], Message=b"m", MacAlgorithm=other,
                 message=f"Algorithm {other} is incompatible with key spec HMAC_{bits}.")  # [Recorded]


def test_grants(kms, make_key):
    key = make_key()["KeyId"]
    grant = kms.create_grant(KeyId=key, GranteePrincipal=f"arn:aws:iam::{ACCOUNT}:role/app", Operations=["Decrypt"], Name="g")
    again = kms.create_grant(KeyId=key, GranteePrincipal=f"arn:aws:iam::{ACCOUNT}:role/app", Operations=["Decrypt"], Name="g")
    assert again["GrantId"] == grant["GrantId"]
    grants = kms.list_grants(KeyId=key)["Grants"]
    assert [(g["GrantId"], g["Operations"], g["IssuingAccount"]) for g in grants] == [
        (grant["GrantId"], ["Decrypt"], f"arn:aws:iam::{ACCOUNT}:root")]
    kms.encrypt(KeyId=key, Plaintext=b"x", GrantTokens=[grant["GrantToken"]])
    kms.revoke_grant(KeyId=key, GrantId=grant["GrantId"])
    assert kms.list_grants(KeyId=key)["Grants"] == []
    expect_error(kms.revoke_grant, "NotFoundException", KeyId=key, GrantId=grant["GrantId"])


def test_bad_input(kms, make_key):
    expect_error(kms.describe_key, "NotFoundException", KeyId="fake-key-id", message="Invalid keyId 'fake-key-id'")  # [Recorded]
    missing = "1234abcd-12ab-34cd-56ef-1234567890ab"
    expect_error(kms.describe_key, "NotFoundException", KeyId=missing,
                 message=f"Key 'arn:aws:kms:{REGION}:{ACCOUNT}:key/{missing}' does not exist")  # [Recorded]
    key = make_key()["KeyId"]
    expect_error(kms.encrypt, "ValidationException", KeyId=key, Plaintext=b"x" * 4097)
    expect_error(kms.sign, "InvalidKeyUsageException", KeyId=key, Message=b"m", SigningAlgorithm="ECDSA_SHA_256")
    expect_error(kms.decrypt, "InvalidCiphertextException", CiphertextBlob=b"garbage")
    expect_error(kms.create_key, "ValidationException", KeySpec="RSA_2048",
                 message="You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.")  # [Recorded]
    expect_error(kms.list_keys, "InvalidMarkerException", Marker="forged")


def test_aws_managed_key_made_on_first_use(kms):
    meta = kms.describe_key(KeyId="alias/aws/secretsmanager")["KeyMetadata"]
    assert meta["KeyManager"] == "AWS"
    assert kms.describe_key(KeyId="alias/aws/secretsmanager")["KeyMetadata"]["KeyId"] == meta["KeyId"]
    # An AWS managed key is used only through its service (kms:ViaService), never directly, as its key policy says.
    expect_error(kms.encrypt, "AccessDeniedException", KeyId="alias/aws/secretsmanager", Plaintext=b"x")
    expect_error(kms.disable_key, "AccessDeniedException", KeyId=meta["KeyId"])


def test_aws_cli_encrypt_decrypt_and_errors(cli, tmp_path):
    key = cli_ok(cli("kms", "create-key", "--description", "cli"))["KeyMetadata"]
    try:
        plain = tmp_path / "plain.txt"
        plain.write_bytes(b"from the cli")
        encrypted = cli_ok(cli("kms", "encrypt", "--key-id", key["KeyId"], "--plaintext", f"fileb://{plain}",
                               "--encryption-context", "app=cli"))
        blob = tmp_path / "blob.bin"
        blob.write_bytes(base64.b64decode(encrypted["CiphertextBlob"]))
        decrypted = cli_ok(cli("kms", "decrypt", "--ciphertext-blob", f"fileb://{blob}", "--encryption-context", "app=cli"))
        assert base64.b64decode(decrypted["Plaintext"]) == b"from the cli"
        cli_failed(cli("kms", "decrypt", "--ciphertext-blob", f"fileb://{blob}"), "InvalidCiphertextException", "Decrypt")
        cli_failed(cli("kms", "describe-key", "--key-id", "fake-key-id"), "NotFoundException", "DescribeKey", "Invalid keyId 'fake-key-id'")
    finally:
        cli_ok(cli("kms", "schedule-key-deletion", "--key-id", key["KeyId"], "--pending-window-in-days", "7"))
