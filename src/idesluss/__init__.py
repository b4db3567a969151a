"""Idésluss: an idea sluice for Swedish municipalities and regions."""
