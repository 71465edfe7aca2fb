-- Issue #22 × #18 §4: a message queued for a citizen whose contact details were then deleted
-- (erased on request, or by the retention job) is CANCELLED in the same transaction and never
-- sent; its address is cleared. Added to the enum only (not used in this transaction).
ALTER TYPE "OutboxStatus" ADD VALUE IF NOT EXISTS 'CANCELLED';
