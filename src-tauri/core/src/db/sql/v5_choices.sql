-- Stockroom schema, version 5 (issue 15): the customer's choice on a backorder.
--
-- Waiting is the default and needs no record; a cancel (of all or part of what waits) is the
-- line's `cancelled` count. A swap cancels waiting units of one line and adds a line for the
-- substitute to the same order: the new line names the line it replaces, so the order shows
-- afterwards what the customer chose instead of waiting.
ALTER TABLE order_lines ADD COLUMN replaces_line_id INTEGER REFERENCES order_lines (id);
