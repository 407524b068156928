package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// [GroupStateStore] with one state file per group under `groups/`, each replaced atomically (temporary file, sync,
/// rename, directory sync). Saves of different groups touch different files and run concurrently.
public final class FileGroupStateStore implements GroupStateStore {

  private final StateDirectory state;

  public FileGroupStateStore(StateDirectory state) {
    this.state = state;
  }

  @Override
  public void save(ChannelId group, SerializedGroupState groupState) {
    try {
      state.write(state.groupFile(group), FileKind.GROUP_STATE, GroupStateCodec.encode(group, groupState));
    } catch (IOException e) {
      throw new UncheckedIOException("could not save a group state", e);
    }
  }

  @Override
  public Optional<SerializedGroupState> load(ChannelId group) {
    Path file = state.groupFile(group);
    try {
      Optional<byte[]> body = state.read(file, FileKind.GROUP_STATE);
      if (body.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(GroupStateCodec.decode(body.get(), group, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not load a group state", e);
    }
  }

  @Override
  public boolean delete(ChannelId group) {
    try {
      return state.delete(state.groupFile(group));
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete a group state", e);
    }
  }

  @Override
  public List<ChannelId> groups() {
    List<ChannelId> groups = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(state.groupsDirectory(),
        "*" + StateDirectory.FILE_SUFFIX)) {
      for (Path file : files) {
        try {
          state.read(file, FileKind.GROUP_STATE)
              .ifPresent(body -> groups.add(groupIdOf(body, file)));
        } catch (NoSuchFileException e) {
          // deleted while listing
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the group states", e);
    }
    return groups;
  }

  private ChannelId groupIdOf(byte[] body, Path file) {
    try {
      ChannelId group = GroupStateCodec.groupId(body, file.toString());
      if (!state.groupFile(group).equals(file)) {
        throw new CorruptStateFileException(file + " holds the state of a group it is not named after");
      }
      return group;
    } catch (CorruptStateFileException e) {
      throw new UncheckedIOException(e);
    }
  }
}
