"""A module shipped in a layer, found by functions under /opt/python."""


def hello(name):
    return "hello from a layer, " + name
