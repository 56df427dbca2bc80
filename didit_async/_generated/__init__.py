# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Code generated from the Didit OpenAPI description."""
