// Entry of the browser bundle (test/fake-excel/bundle.ts): installs the fake in the page.
import { install, type FakeWindow } from './install';

install(window as unknown as FakeWindow);
