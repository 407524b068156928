package dev.quicnprotochat.adapter.persistence.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Every file-backed server store over one data directory, opened and closed together: what `store_backend =
/// "file"` wires. [#channels] is both the `ChannelStore` and the `InboxStore` (a commit and its fan-out are one
/// record).
public record FileServerStores(FileUserStore users, FileSessionStore sessions, FileKeyPackageStore keyPackages,
    FileChannelStore channels, FileChannelCredentialStore channelCredentials) implements AutoCloseable {

  /// Opens (creating when absent) the stores in `dataDirectory`; if one fails to open, those already open are
  /// closed again before the failure is thrown.
  public static FileServerStores open(Path dataDirectory) throws IOException {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      FileUserStore users = track(opened, new FileUserStore(dataDirectory));
      FileSessionStore sessions = track(opened, new FileSessionStore(dataDirectory));
      FileKeyPackageStore keyPackages = track(opened, new FileKeyPackageStore(dataDirectory));
      FileChannelStore channels = track(opened, new FileChannelStore(dataDirectory));
      FileChannelCredentialStore credentials = track(opened, new FileChannelCredentialStore(dataDirectory));
      return new FileServerStores(users, sessions, keyPackages, channels, credentials);
    } catch (IOException | RuntimeException e) {
      for (AutoCloseable store : opened) {
        try {
          store.close();
        } catch (Exception closeFailure) {
          e.addSuppressed(closeFailure);
        }
      }
      throw e;
    }
  }

  private static <T extends AutoCloseable> T track(List<AutoCloseable> opened, T store) {
    opened.add(store);
    return store;
  }

  /// Finishes pending writes and closes every log; the first failure is thrown after all were tried.
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (LoggedStore store : List.<LoggedStore>of(users, sessions, keyPackages, channels, channelCredentials)) {
      try {
        store.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
