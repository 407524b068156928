package dev.quicnprotochat.adapter.cli;

/// Opens profiles: implemented by bootstrap (which wires the adapters), used by every command and the REPL.
@FunctionalInterface
public interface ClientProfiles {

  /// Opens the state directory and connects to the server lazily (the first call connects). The caller closes
  /// the profile.
  ClientProfile open(ProfileOptions options) throws ProfileException;
}
