import { render } from 'solid-js/web';
import '@/components/steady.css';
import { namePage } from '@/utils/words/page';
import { App } from './App';

namePage();
render(() => <App />, document.getElementById('app') as HTMLElement);
