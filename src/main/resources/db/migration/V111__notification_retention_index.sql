-- notification: the sweep (NotificationSweep) deletes messages delivered longer ago than portal.notification.retention
-- (pending messages have no delivered_at and are never deleted).
CREATE INDEX notification_delivered_idx ON notification (delivered_at);
