import { render } from 'solid-js/web';
import '@/components/steady.css';
import { App } from './App';

render(() => <App search={location.search} />, document.getElementById('app') as HTMLElement);
