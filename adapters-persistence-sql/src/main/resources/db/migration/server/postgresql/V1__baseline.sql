-- Server stores (DESIGN.md §4). Tables arrive with the server ports in later versions; this baseline lets the
-- migration machinery run on a fresh database.
CREATE TABLE store_info (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
