"""Generated from proto/pec/v1 by clients/python/generate.sh. Do not edit."""
