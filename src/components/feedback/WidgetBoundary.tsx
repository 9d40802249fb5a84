import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '@/i18n';

function Fallback({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.widgetCrashed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

/** Keeps a crash inside one widget: the rest of the page goes on working. */
export class WidgetBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Visible to whoever opens the console on the meeting-room PC; the UI already says what failed.
    console.warn('Widget crashed:', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) return <Fallback onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
