import { render } from 'solid-js/web';
import { i18n } from '#i18n';
import '@/components/steady.css';
import { namePage } from '@/utils/words/page';
import { App } from './App';

namePage(i18n.t('pages.options'));
render(() => <App />, document.getElementById('app') as HTMLElement);
