import { render } from 'solid-js/web';
import '@/components/steady.css';
import { App } from './App';

render(() => <App />, document.getElementById('app') as HTMLElement);
