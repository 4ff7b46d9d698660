package dev.stratus.platform.identity;

/** As IAM decides a request: allowed, denied by a statement, or denied because nothing allows it. */
public enum Decision { ALLOW, EXPLICIT_DENY, IMPLICIT_DENY }
