"""claimtrack test suite."""
