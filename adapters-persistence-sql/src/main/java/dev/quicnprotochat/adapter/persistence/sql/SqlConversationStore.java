package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.application.port.out.WrongStatePasswordException;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.conversation.NewMessage;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/// The client's conversation database on SQLite, SQLCipher-encrypted when the client state has a password
/// (DESIGN.md §5). Times are stored as epoch milliseconds; message text is stored as is, so the file must be
/// encrypted for it to be protected at rest.
public final class SqlConversationStore implements ConversationStore, AutoCloseable {

  private static final String MESSAGE_COLUMNS =
      "conversation_id, seq, direction, sender, sent_at, received_at, body";

  private final Database database;

  SqlConversationStore(Database database) {
    this.database = database;
  }

  /// Opens an unencrypted conversation database at `file`, creating it if absent.
  public static SqlConversationStore open(Path file) throws IOException, WrongStatePasswordException {
    try {
      return new SqlConversationStore(Database.openSqlite(file, SchemaKind.CLIENT));
    } catch (WrongDatabaseKeyException e) {
      throw new WrongStatePasswordException(e.getMessage());
    }
  }

  /// Opens the conversation database at `file` encrypted with a key derived from `password`; a plain database
  /// there is encrypted in place first. `forNewDatabase` sets the Argon2id cost when the salt file is created.
  public static SqlConversationStore openEncrypted(Path file, char[] password, KdfParameters forNewDatabase)
      throws IOException, WrongStatePasswordException {
    try {
      return new SqlConversationStore(Database.openEncryptedSqlite(file, SchemaKind.CLIENT, password,
          forNewDatabase));
    } catch (WrongDatabaseKeyException e) {
      throw new WrongStatePasswordException(e.getMessage());
    }
  }

  @Override
  public boolean create(Conversation c) {
    return database.writer().execute(h -> h.execute(
        "INSERT INTO conversation (id, kind, title, created_at, muted) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING",
        c.id().value().toByteArray(), c.kind().name(), c.title(), c.createdAt().toEpochMilli(),
        c.muted() ? 1 : 0)) == 1;
  }

  @Override
  public Optional<Conversation> find(ConversationId id) {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT id, kind, title, created_at, muted FROM conversation WHERE id = ?")
        .bind(0, id.value().toByteArray())
        .map(SqlConversationStore::conversation)
        .findOne());
  }

  @Override
  public List<Conversation> list() {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT id, kind, title, created_at, muted FROM conversation ORDER BY created_at, id")
        .map(SqlConversationStore::conversation)
        .list());
  }

  @Override
  public boolean update(Conversation c) {
    return database.writer().execute(h -> {
      Optional<Conversation> stored = h.createQuery(
              "SELECT id, kind, title, created_at, muted FROM conversation WHERE id = ?")
          .bind(0, c.id().value().toByteArray())
          .map(SqlConversationStore::conversation)
          .findOne();
      if (stored.isEmpty()) {
        return false;
      }
      if (stored.get().kind() != c.kind() || !stored.get().createdAt().equals(c.createdAt())) {
        throw new IllegalArgumentException("a conversation's kind and creation time cannot change");
      }
      h.execute("UPDATE conversation SET title = ?, muted = ? WHERE id = ?", c.title(), c.muted() ? 1 : 0,
          c.id().value().toByteArray());
      return true;
    });
  }

  @Override
  public boolean delete(ConversationId id) {
    // messages go with it: ON DELETE CASCADE, foreign keys being on for every connection
    return database.writer().execute(h -> h.execute("DELETE FROM conversation WHERE id = ?",
        (Object) id.value().toByteArray())) == 1;
  }

  @Override
  public Optional<Message> append(ConversationId id, NewMessage message) {
    return database.writer().execute(h -> {
      Optional<Long> sequence = h.createQuery(
              "UPDATE conversation SET next_seq = next_seq + 1 WHERE id = ? RETURNING next_seq - 1")
          .bind(0, id.value().toByteArray())
          .mapTo(Long.class)
          .findOne();
      if (sequence.isEmpty()) {
        return Optional.empty();
      }
      Message stored = message.at(id, sequence.get());
      insert(h, stored);
      return Optional.of(stored);
    });
  }

  private static void insert(Handle h, Message m) {
    h.execute("INSERT INTO message (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
        m.conversationId().value().toByteArray(), m.sequence(), m.direction().name(), m.sender(),
        m.sentAt().toEpochMilli(), m.receivedAt().toEpochMilli(), m.body().text());
  }

  @Override
  public List<Message> history(ConversationId id, HistoryQuery query) {
    String select = "SELECT " + MESSAGE_COLUMNS + " FROM message WHERE conversation_id = :id";
    // newest-first pages are read descending and flipped by the outer query, so every page is ascending
    String sql = switch (query) {
      case HistoryQuery.Latest latest ->
          "SELECT * FROM (" + select + " ORDER BY seq DESC LIMIT :limit) ORDER BY seq";
      case HistoryQuery.Before before ->
          "SELECT * FROM (" + select + " AND seq < :seq ORDER BY seq DESC LIMIT :limit) ORDER BY seq";
      case HistoryQuery.After after -> select + " AND seq > :seq ORDER BY seq LIMIT :limit";
      case HistoryQuery.SentBetween between ->
          select + " AND sent_at >= :from AND sent_at < :until ORDER BY seq LIMIT :limit";
    };
    return database.jdbi().withHandle(h -> {
      var statement = h.createQuery(sql).bind("id", id.value().toByteArray()).bind("limit", query.limit());
      switch (query) {
        case HistoryQuery.Latest latest -> { }
        case HistoryQuery.Before before -> statement.bind("seq", before.sequence());
        case HistoryQuery.After after -> statement.bind("seq", after.sequence());
        case HistoryQuery.SentBetween between -> statement
            .bind("from", between.from().toEpochMilli())
            .bind("until", between.until().toEpochMilli());
      }
      return statement.map(SqlConversationStore::message).list();
    });
  }

  @Override
  public boolean deleteMessage(ConversationId id, long sequence) {
    return database.writer().execute(h -> h.execute("DELETE FROM message WHERE conversation_id = ? AND seq = ?",
        id.value().toByteArray(), sequence)) == 1;
  }

  @Override
  public void close() {
    database.close();
  }

  private static Conversation conversation(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Conversation(ConversationId.of(Bytes.wrap(rs.getBytes("id"))),
        ConversationKind.valueOf(rs.getString("kind")), rs.getString("title"),
        Instant.ofEpochMilli(rs.getLong("created_at")), rs.getInt("muted") != 0);
  }

  private static Message message(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Message(ConversationId.of(Bytes.wrap(rs.getBytes("conversation_id"))), rs.getLong("seq"),
        MessageDirection.valueOf(rs.getString("direction")), rs.getString("sender"),
        Instant.ofEpochMilli(rs.getLong("sent_at")), Instant.ofEpochMilli(rs.getLong("received_at")),
        new MessageBody(rs.getString("body")));
  }
}
