import type { NotificationListResponse, NotificationView } from '@govindex/contracts';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import { formatDateTime } from '../../shared/format/format';
import { useSession } from '../auth/session';
import { notificationsApi } from './notifications-api';
import { NOTIFICATIONS_MESSAGES } from './notifications-messages';
import { badgeText, markedRead, POLL_INTERVAL_MS, safeLink, shownNotifications } from './state/notifications';
import './notifications.css';

/**
 * The bell in the header: the unread count (asked every minute), and a list that opens under it. A click
 * on a notification marks it read and opens its page. Shown only with a session.
 */
export function NotificationBell() {
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  return <Bell csrfToken={state.session.csrfToken} />;
}

function Bell({ csrfToken }: { csrfToken: string }) {
  const { language } = useI18n();
  const texts = NOTIFICATIONS_MESSAGES[language];
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [list, setList] = useState<NotificationListResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);

  const load = useCallback((signal?: AbortSignal) => {
    notificationsApi.list(signal).then(
      (answer) => {
        setList(answer);
        setFailed(false);
      },
      () => {
        if (!signal?.aborted) setFailed(true);
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    const timer = setInterval(() => load(controller.signal), POLL_INTERVAL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [load]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  /** Marks the notification read as its page opens (a link: the browser's own navigation, middle-click included). */
  const choose = (item: NotificationView) => {
    setOpen(false);
    if (item.readAt !== null) return;
    setList((current) => (current ? markedRead(current, item.id, new Date().toISOString()) : current));
    // Read or not on the server, the page opens; the next poll brings the count back in line.
    void notificationsApi.markRead(item.id, csrfToken).catch(() => undefined);
  };

  const unread = list?.unread ?? 0;
  const items = list ? shownNotifications(list.items) : [];
  return (
    <div className="notification-bell" ref={rootRef} data-testid="notification-bell">
      <button
        ref={buttonRef}
        type="button"
        className="notification-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={texts.bell(unread)}
        title={texts.bell(unread)}
        onClick={() => {
          if (!open) load();
          setOpen((value) => !value);
        }}
      >
        <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 && (
          <span className="notification-bell__count" data-testid="notification-count" aria-hidden="true">
            {badgeText(unread)}
          </span>
        )}
      </button>
      <div id={panelId} className="notification-panel" hidden={!open} role="region" aria-label={texts.heading}>
        <p className="notification-panel__heading">{texts.heading}</p>
        {failed && !list ? (
          <p className="notification-panel__empty">{texts.unavailable}</p>
        ) : items.length === 0 ? (
          <p className="notification-panel__empty">{texts.empty}</p>
        ) : (
          <ul className="notification-list">
            {items.map((item) => {
              const link = safeLink(item.link);
              const className = `notification-item${item.readAt === null ? ' notification-item--unread' : ''}`;
              const content = (
                <>
                  <span className="notification-item__meta">
                    <span className="notification-item__kind">{texts.kinds[item.kind]}</span>
                    <span className="notification-item__time">{formatDateTime(item.createdAt)}</span>
                    {item.readAt === null && <span className="visually-hidden">{texts.unreadMark}</span>}
                  </span>
                  <span className="notification-item__title">{item.title}</span>
                  {item.body && <span className="notification-item__body">{item.body}</span>}
                </>
              );
              return (
                <li key={item.id}>
                  {link ? (
                    <Link to={link} className={className} data-testid="notification-item" onClick={() => choose(item)}>
                      {content}
                    </Link>
                  ) : (
                    <button type="button" className={className} data-testid="notification-item" onClick={() => choose(item)}>
                      {content}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
